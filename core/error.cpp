#include "error.h"

using namespace Qt::StringLiterals;

namespace territoria {

QString Error::toString() const
{
    if (detail.isEmpty() || message.contains(detail))
        return message;
    return message + u" ("_s + detail + u')';
}

} // namespace territoria
