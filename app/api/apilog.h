#pragma once

#include <QLoggingCategory>

// posthorn.api: one category for the whole module. Messages carry the method, the
// path without its query and the status; never headers, bodies or tokens.
Q_DECLARE_LOGGING_CATEGORY(lcApi)
