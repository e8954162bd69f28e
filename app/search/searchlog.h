#pragma once

#include <QLoggingCategory>

// posthorn.search: states and failures of account search; never queries or tokens.
Q_DECLARE_LOGGING_CATEGORY(lcSearch)
