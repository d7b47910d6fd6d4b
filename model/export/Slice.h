#pragma once

#include <cstddef>

namespace pp {

/// Contiguous elements of one of the request's vectors.
template<typename T>
struct Slice
{
    const T *first = nullptr;
    const T *last = nullptr;
    const T *begin() const { return first; }
    const T *end() const { return last; }
    size_t size() const { return size_t(last - first); }
    bool empty() const { return first == last; }
};

} // namespace pp
