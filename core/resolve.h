// Gives each claim's source the name it stands for.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include "document.h"
#include "rules.h"

namespace saywho {

class Resolver;

// Gives one name per claim, in the claims' order: "he" becomes the last
// fitting person named before it, "Mr. Meng" the fuller "Meng Jianzhu",
// "the media outlet" the organisation last described as one ("Xinhua,
// China's news agency"), and titles are dropped from names ("FBI Director
// James Comey" is "James Comey"). A claim with no source gets "".
//
// A text comes in blocks, one Document each, in text order: names,
// descriptions and recent candidates learned in one block carry on into
// the next, as if the text were one Document. Unless a block is the last,
// the names it mentions after its last source are learned too, for the
// next block's sources.
class SourceResolver {
 public:
  SourceResolver();
  ~SourceResolver();
  SourceResolver(const SourceResolver&) = delete;
  SourceResolver& operator=(const SourceResolver&) = delete;
  std::vector<std::string> resolve(const Document& block, const std::vector<Claim>& claims, bool last);

 private:
  std::unique_ptr<Resolver> resolver_;
};

}  // namespace saywho
