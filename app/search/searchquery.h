#pragma once

#include <QString>

// What the search field's text asks for, decided before a request is made.
namespace SearchQuery {

// True for a full handle (`@user@host`, `user@host`) or an http(s) URL: only then may
// the server look the account up over federation (`resolve=true`), which is slow and
// pointless for a plain name.
[[nodiscard]] bool wantsResolve(const QString &query);

} // namespace SearchQuery
