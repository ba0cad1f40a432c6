#include "crs/projcontext.h"
#include "crs/crs_p.h"

#include <proj.h>

namespace territoria {

namespace {

// One PROJ context per thread, destroyed when the thread ends.
struct ThreadProjContext {
    PJ_CONTEXT *ctx = nullptr;
    QString lastLog;
    int errnoBaseline = 0;

    ThreadProjContext()
    {
        ctx = proj_context_create();
        // Network grids stay off unless the environment (PROJ_NETWORK=ON) says otherwise.
        proj_log_level(ctx, PJ_LOG_ERROR);
        proj_log_func(ctx, this, [](void *user, int level, const char *msg) {
            if (level <= PJ_LOG_ERROR && msg)
                static_cast<ThreadProjContext *>(user)->lastLog = QString::fromUtf8(msg);
        });
    }
    ~ThreadProjContext()
    {
        if (ctx)
            proj_context_destroy(ctx);
    }
    ThreadProjContext(const ThreadProjContext &) = delete;
    ThreadProjContext &operator=(const ThreadProjContext &) = delete;
};

ThreadProjContext &threadContext()
{
    thread_local ThreadProjContext context;
    return context;
}

} // namespace

pj_ctx *projContext()
{
    return threadContext().ctx;
}

void projClearError()
{
    ThreadProjContext &tc = threadContext();
    tc.lastLog.clear();
    tc.errnoBaseline = proj_context_errno(tc.ctx); // PROJ 9.1 has no public errno reset
}

QString projLastError()
{
    ThreadProjContext &tc = threadContext();
    const int err = proj_context_errno(tc.ctx);
    if (!tc.lastLog.isEmpty())
        return tc.lastLog;
    if (err != 0 && err != tc.errnoBaseline) {
        const char *text = proj_context_errno_string(tc.ctx, err);
        QString msg = text ? QString::fromUtf8(text) : QString();
        if (!tc.lastLog.isEmpty() && tc.lastLog != msg)
            msg = msg.isEmpty() ? tc.lastLog : msg + QStringLiteral(": ") + tc.lastLog;
        return msg;
    }
    return tc.lastLog;
}

ProjObject::~ProjObject()
{
    if (m_pj)
        proj_destroy(m_pj);
}

ProjObject &ProjObject::operator=(ProjObject &&o) noexcept
{
    if (this != &o) {
        if (m_pj)
            proj_destroy(m_pj);
        m_pj = o.m_pj;
        o.m_pj = nullptr;
    }
    return *this;
}

} // namespace territoria
