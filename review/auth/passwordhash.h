#pragma once

#include "review/result.h"

#include <QString>

namespace callqa::review::auth {

// Hashes a password with argon2id (libsodium, interactive limits) into the self-describing
// "$argon2id$v=19$m=...,t=...,p=...$salt$hash" string the users table stores.
Result<QString> hashPassword(const QString& password);

// True when `password` matches `hash`. A malformed or empty hash matches nothing.
bool verifyPassword(const QString& hash, const QString& password);

// Makes verifying an unknown login cost as much as a known one, so timing does not reveal which
// logins exist.
void burnVerification(const QString& password);

} // namespace callqa::review::auth
