#pragma once

#include <QString>

#include <expected>

namespace territoria {

// A failure a user can understand: what went wrong, with which file or source.
// `message` is already translated (tr()) and names the file; `detail` keeps the
// raw text from GDAL/PROJ/GEOS for the log. Errors are values: fallible core
// calls return Result<T>; nothing throws across a library, thread or slot boundary.
struct Error {
    QString message;  // user-facing, translated, names the source
    QString source;   // file path, URI or identifier the error is about (may be empty)
    QString detail;   // raw library message for the log panel (may be empty)

    // "message (detail)" when detail adds something; used on stderr and in the log.
    QString toString() const;
};

template<class T>
using Result = std::expected<T, Error>;

// Shorthand for `return std::unexpected(Error{...})`.
inline std::unexpected<Error> fail(QString message, QString source = {}, QString detail = {})
{
    return std::unexpected(Error{std::move(message), std::move(source), std::move(detail)});
}

} // namespace territoria
