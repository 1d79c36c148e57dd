#pragma once

#include <optional>
#include <string>
#include <utility>

namespace callqa::audio {

// A value or a one-line error: what the decode core hands its callers. Same shape as
// callqa::review::Result, but with std::string because audio/core has no Qt.
template <typename T> class Result {
public:
    Result(T value) : m_value(std::move(value)) {}
    static Result failure(std::string error) { return Result(std::move(error), 0); }

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T& value() const& { return *m_value; }
    T& value() & { return *m_value; }
    T&& value() && { return std::move(*m_value); }
    const T* operator->() const { return &*m_value; }
    T* operator->() { return &*m_value; }
    const T& operator*() const { return *m_value; }
    const std::string& error() const { return m_error; }

private:
    Result(std::string error, int) : m_error(std::move(error)) {}
    std::optional<T> m_value;
    std::string m_error;
};

// Success or a one-line error, for operations that return nothing.
class Status {
public:
    Status() = default;
    static Status failure(std::string error)
    {
        Status s;
        s.m_error = std::move(error);
        s.m_failed = true;
        return s;
    }
    bool ok() const { return !m_failed; }
    explicit operator bool() const { return ok(); }
    const std::string& error() const { return m_error; }

private:
    std::string m_error;
    bool m_failed = false;
};

} // namespace callqa::audio
