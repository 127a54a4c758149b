// A map from words to values that is looked up by string_view without
// allocating or building a std::string: open addressing with linear
// probing over a table kept at most a quarter full (fewer slots probed a
// lookup than at half full, for 8 bytes a slot). The keys are views of
// strings that the caller keeps alive and unchanged; entries are never
// removed. find() and end() follow std::unordered_map's interface (find()
// gives nullptr, which is end(), for a missing key); a reference that
// operator[] returns lasts until the next insertion.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>
#include <utility>
#include <vector>

namespace saywho {

// Equality of short strings without a call to memcmp, which costs more
// than comparing a word byte by byte (and unrolls against a literal).
inline bool same_bytes(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (std::size_t i = 0; i < a.size(); ++i)
    if (a[i] != b[i]) return false;
  return true;
}

template <typename V>
class WordMap {
 public:
  struct Entry {
    std::string_view first;
    V second{};
  };

  V& operator[](std::string_view key) {
    if ((entries_.size() + 1) * 4 > slots_.size()) grow();
    const std::uint32_t h = hash(key);
    const std::size_t mask = slots_.size() - 1;
    std::size_t i = h & mask;
    for (; slots_[i].entry != 0; i = (i + 1) & mask)
      if (slots_[i].hash == h && same_key(entries_[slots_[i].entry - 1].first, key))
        return entries_[slots_[i].entry - 1].second;
    entries_.push_back({key, V{}});
    slots_[i] = {static_cast<std::uint32_t>(entries_.size()), h};
    if (key.size() > longest_) longest_ = key.size();
    return entries_.back().second;
  }

  // A found entry's value may be changed in place: one lookup, not two.
  Entry* find(std::string_view key) { return const_cast<Entry*>(std::as_const(*this).find(key)); }
  const Entry* find(std::string_view key) const {
    if (key.size() > longest_ || slots_.empty()) return nullptr;
    const std::uint32_t h = hash(key);
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t i = h & mask; slots_[i].entry != 0; i = (i + 1) & mask)
      if (slots_[i].hash == h && same_key(entries_[slots_[i].entry - 1].first, key))
        return &entries_[slots_[i].entry - 1];
    return nullptr;
  }
  const Entry* end() const { return nullptr; }
  std::size_t size() const { return entries_.size(); }
  // Room for n keys before the table grows: no rehashing and copying on
  // the way there.
  void reserve(std::size_t n) {
    entries_.reserve(n);
    std::size_t slots = 16;
    while (slots < (n + 1) * 4) slots *= 2;
    if (slots > slots_.size()) rehash(slots);
  }

 private:
  // A slot is eight bytes, so the table stays small beside the entries.
  struct Slot {
    std::uint32_t entry = 0;  // 1 + index into entries_, 0 if empty
    std::uint32_t hash = 0;
  };
  std::vector<Entry> entries_;  // in insertion order
  std::vector<Slot> slots_;     // a power of two in size, at most a quarter full
  std::size_t longest_ = 0;     // a longer word is no key: it needs no hashing

  void grow() { rehash(slots_.empty() ? 16 : slots_.size() * 2); }
  void rehash(std::size_t slots) {
    slots_.assign(slots, Slot{});
    const std::size_t mask = slots_.size() - 1;
    for (std::size_t e = 0; e < entries_.size(); ++e) {
      const std::uint32_t h = hash(entries_[e].first);
      std::size_t i = h & mask;
      while (slots_[i].entry != 0) i = (i + 1) & mask;
      slots_[i] = {static_cast<std::uint32_t>(e + 1), h};
    }
  }

  // Words are short: up to eight bytes are read in at most two loads, not
  // byte by byte; a multiply mixes them and its high half is the hash.
  static std::uint32_t hash(std::string_view s) {
    constexpr std::uint64_t k = 0x9E3779B97F4A7C15ull;
    const char* p = s.data();
    const std::size_t n = s.size();
    std::uint64_t v = n;
    if (n >= 8) {
      for (std::size_t i = 0; i + 8 < n; i += 8) v = (v ^ load<std::uint64_t>(p + i)) * k;
      v ^= load<std::uint64_t>(p + n - 8);
    } else if (n >= 4) {
      v ^= load<std::uint32_t>(p) | std::uint64_t{load<std::uint32_t>(p + n - 4)} << 32;
    } else if (n > 0) {
      v ^= std::uint64_t{static_cast<unsigned char>(p[0])} << 8 |
           std::uint64_t{static_cast<unsigned char>(p[n / 2])} << 16 |
           std::uint64_t{static_cast<unsigned char>(p[n - 1])} << 24;
    }
    v *= k;
    return static_cast<std::uint32_t>(v >> 32);
  }
  // same_bytes() for two keys of run-time length: at most two loads a side
  // for a word, not a loop over its bytes.
  static bool same_key(std::string_view a, std::string_view b) {
    const std::size_t n = a.size();
    if (n != b.size()) return false;
    const char* p = a.data();
    const char* q = b.data();
    if (n >= 8) {
      for (std::size_t i = 0; i + 8 < n; i += 8)
        if (load<std::uint64_t>(p + i) != load<std::uint64_t>(q + i)) return false;
      return load<std::uint64_t>(p + n - 8) == load<std::uint64_t>(q + n - 8);
    }
    if (n >= 4) return load<std::uint32_t>(p) == load<std::uint32_t>(q) && load<std::uint32_t>(p + n - 4) == load<std::uint32_t>(q + n - 4);
    if (n >= 2) return load<std::uint16_t>(p) == load<std::uint16_t>(q) && load<std::uint16_t>(p + n - 2) == load<std::uint16_t>(q + n - 2);
    return n == 0 || p[0] == q[0];
  }
  template <typename T>
  static T load(const char* p) {
    T v;
    std::memcpy(&v, p, sizeof v);
    return v;
  }
};

}  // namespace saywho
