#pragma once

namespace pp {

/// One flow a request line serves: two hosts and a kind, all by index.
struct RequestFlow
{
    int from = -1;            ///< index into ChangeRequest::hosts
    int to = -1;
    int kind = -1;            ///< index into ChangeRequest::flowKinds
};

} // namespace pp
