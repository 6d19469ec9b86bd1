#include "common/Logging.h"

Q_LOGGING_CATEGORY(lcUpstream, "imagebridge.upstream", QtInfoMsg)
Q_LOGGING_CATEGORY(lcJob, "imagebridge.job", QtInfoMsg)
Q_LOGGING_CATEGORY(lcStore, "imagebridge.store", QtInfoMsg)
Q_LOGGING_CATEGORY(lcCatalog, "imagebridge.catalog", QtInfoMsg)
Q_LOGGING_CATEGORY(lcServer, "imagebridge.server", QtInfoMsg)
