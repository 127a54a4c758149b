// Gives each claim's source the name it stands for.
#pragma once

#include <string>
#include <vector>

#include "document.h"
#include "rules.h"

namespace saywho {

// One name per claim, in the claims' order: "he" becomes the last fitting
// person named before it, "Mr. Meng" the fuller "Meng Jianzhu", "the media
// outlet" the organisation last described as one ("Xinhua, China's news
// agency"), and titles are dropped from names ("FBI Director James Comey"
// is "James Comey"). A claim with no source gets "".
std::vector<std::string> resolve_sources(const Document& doc, const std::vector<Claim>& claims);

}  // namespace saywho
