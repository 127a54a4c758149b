// Long texts are annotated in blocks, so that memory is bounded by a
// block's size rather than the text's: each block is its own Document,
// and the sources' names carry from one block to the next.
#pragma once

#include <cstddef>
#include <string_view>

#include "saywho.h"

namespace saywho {

// Texts up to this size are one block. News articles are far shorter: for
// them annotate() is exactly one Document of the whole text.
inline constexpr std::size_t kBlockBytes = 256u << 10;

// Where the block that starts at byte `begin` ends: the text's end, or the
// first clean paragraph break at least `block_bytes` on. A break is clean
// when the paragraph before it ends a sentence (. ! ?) and the next one
// opens with a letter or digit: no quotation goes on across it or floats
// after it, no colon introduces the next paragraph, and the rules that look
// one token past a paragraph (at a word after a closing quotation mark) or
// before one (at a colon) find nothing there that matters, so each block
// gives the claims the whole text would. A block is at most 2 * block_bytes:
// with no clean break before that (and more text after it), it ends at the
// first line break past block_bytes, else at the first sentence (after
// . ! ? and a space, before a capital), else after the first white space,
// else between two characters; only at such a cut can claims change.
std::size_t block_end(std::string_view text, std::size_t begin, std::size_t block_bytes);

// annotate() with blocks of block_bytes (annotate() uses kBlockBytes); a
// text no longer than block_bytes is one Document, as tests compare.
Result annotate_in_blocks(std::string_view text, const Options& options, std::size_t block_bytes);

}  // namespace saywho
