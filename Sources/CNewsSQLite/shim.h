#ifndef CNEWSSQLITE_SHIM_H
#define CNEWSSQLITE_SHIM_H
#include <sqlite3.h>

/// SQLITE_TRANSIENT is a macro around a cast that Swift cannot import: SQLite copies the bound value.
static inline sqlite3_destructor_type cnewssqlite_transient(void) { return SQLITE_TRANSIENT; }

/// sqlite3_db_config is variadic; Swift cannot call it directly. Turns off double-quoted string literals.
static inline int cnewssqlite_disable_dqs(sqlite3 *db) {
    int a = sqlite3_db_config(db, SQLITE_DBCONFIG_DQS_DML, 0, (void *)0);
    int b = sqlite3_db_config(db, SQLITE_DBCONFIG_DQS_DDL, 0, (void *)0);
    return a != SQLITE_OK ? a : b;
}

/// Turns this connection's triggers on (1) or off (0): SQLITE_DBCONFIG_ENABLE_TRIGGER, through the variadic
/// sqlite3_db_config.
static inline int cnewssqlite_enable_triggers(sqlite3 *db, int on) {
    return sqlite3_db_config(db, SQLITE_DBCONFIG_ENABLE_TRIGGER, on, (void *)0);
}
#endif
