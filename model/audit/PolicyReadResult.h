#pragma once

#include <QString>

#include "model/audit/Policy.h"

namespace pp {

/// A policy, or why the file is not one (naming the line or element).
struct PolicyReadResult
{
    Policy policy;
    QString error;
    bool ok() const { return error.isEmpty(); }
};

} // namespace pp
