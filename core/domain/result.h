#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace neuvo {

// A failure a person can act on: the message names the field, line or file
// concerned and is already translated.
struct Error
{
    QString message;
};

inline Error fail(QString message)
{
    return Error{std::move(message)};
}

// Either a value or an Error (std::expected is C++23; this is the part of it
// Neuvo needs).
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Error error) : m_value(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_value); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<T>(m_value); }
    T &value() & { return std::get<T>(m_value); }
    // By value from a temporary: `for (const Client &c : *store.list())`
    // would otherwise iterate a reference into a Result destroyed before
    // the loop body runs (found by the ASan build).
    T value() && { return std::get<T>(std::move(m_value)); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }
    T operator*() && { return std::move(*this).value(); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }

    // Empty when ok (QVERIFY2 in Qt 6.4 evaluates its message either way).
    QString error() const
    {
        const Error *e = std::get_if<Error>(&m_value);
        return e ? e->message : QString();
    }

private:
    std::variant<T, Error> m_value;
};

template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    QString error() const { return m_error ? m_error->message : QString(); }

private:
    std::optional<Error> m_error;
};

} // namespace neuvo
