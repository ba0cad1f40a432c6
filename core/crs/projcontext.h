#pragma once

#include "territoria_core_export.h"

#include <QString>

struct pj_ctx; // PJ_CONTEXT in proj.h (PROJ >= 8)
struct PJconsts;

namespace territoria {

// The calling thread's PROJ context, created on first use and destroyed when the
// thread ends. Never pass it to another thread.
TERRITORIA_CORE_EXPORT pj_ctx *projContext();

// The last PROJ error of this thread's context as text (empty if none).
TERRITORIA_CORE_EXPORT QString projLastError();

// Owns one PJ* created in the calling thread's context.
class TERRITORIA_CORE_EXPORT ProjObject
{
public:
    ProjObject() = default;
    explicit ProjObject(PJconsts *pj) : m_pj(pj) {}
    ~ProjObject();
    ProjObject(const ProjObject &) = delete;
    ProjObject &operator=(const ProjObject &) = delete;
    ProjObject(ProjObject &&o) noexcept : m_pj(o.m_pj) { o.m_pj = nullptr; }
    ProjObject &operator=(ProjObject &&o) noexcept;

    PJconsts *get() const { return m_pj; }
    explicit operator bool() const { return m_pj != nullptr; }
    PJconsts *release() { auto *p = m_pj; m_pj = nullptr; return p; }

private:
    PJconsts *m_pj = nullptr;
};

} // namespace territoria
