// Helpers shared by the unit tests.
#pragma once

#include <string>

#include "document.h"

namespace saywho::test {

inline std::string text_of(const Document& d, Range r) { return std::string(d.span(r).of(d.text)); }

}  // namespace saywho::test
