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
/// FTS5's bm25 (k1 = 1.2, b = 0.75, every column weighted 1, lower is better) with each phrase's inverse
/// document frequency given, in phrase order, after the table: `bm25_given_idf(t, idf0, idf1, …)`. FTS5's
/// own bm25 counts every match of every phrase once per query to get them, which costs more than the
/// search when a term is common.
static void cnewssqlite_bm25_given_idf(
    const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *context, int argc, sqlite3_value **argv) {
    const double k1 = 1.2, b = 0.75;
    int phrases = api->xPhraseCount(fts);
    if (argc != phrases) {
        sqlite3_result_error(context, "bm25_given_idf: give one inverse document frequency per phrase", -1);
        return;
    }
    // The average row length, then one frequency per phrase: made once per query.
    double *data = (double *)api->xGetAuxdata(fts, 0);
    if (!data) {
        sqlite3_int64 rows = 0, tokens = 0;
        int rc = api->xRowCount(fts, &rows);
        if (rc == SQLITE_OK) rc = api->xColumnTotalSize(fts, -1, &tokens);
        if (rc != SQLITE_OK) { sqlite3_result_error_code(context, rc); return; }
        data = (double *)sqlite3_malloc64(sizeof(double) * (sqlite3_uint64)(phrases + 1));
        if (!data) { sqlite3_result_error_nomem(context); return; }
        data[0] = rows > 0 && tokens > 0 ? (double)tokens / (double)rows : 1.0;
        rc = api->xSetAuxdata(fts, data, sqlite3_free);
        if (rc != SQLITE_OK) { sqlite3_result_error_code(context, rc); return; }
    }
    double averageLength = data[0], *frequency = data + 1;
    for (int i = 0; i < phrases; i++) frequency[i] = 0;
    // Each phrase's positions read on their own: xInstCount would first merge every phrase's into one
    // list sorted by position, which costs by the phrases times the matches and is not needed here.
    int rc = SQLITE_OK, length = 0;
    for (int i = 0; rc == SQLITE_OK && i < phrases; i++) {
        Fts5PhraseIter iterator;
        int column = -1, offset = 0;
        rc = api->xPhraseFirst(fts, i, &iterator, &column, &offset);
        for (; rc == SQLITE_OK && column >= 0; api->xPhraseNext(fts, &iterator, &column, &offset)) frequency[i] += 1;
    }
    if (rc == SQLITE_OK) rc = api->xColumnSize(fts, -1, &length);
    if (rc != SQLITE_OK) { sqlite3_result_error_code(context, rc); return; }
    double score = 0;
    for (int i = 0; i < phrases; i++) {
        double f = frequency[i];
        score += sqlite3_value_double(argv[i]) * (f * (k1 + 1)) / (f + k1 * (1 - b + b * length / averageLength));
    }
    sqlite3_result_double(context, -score);
}

/// The rows an FTS5 table indexes (the N of its bm25), read from the count FTS5 keeps: `fts5_row_count(t)`
/// on any row of `t`. `SELECT count(*)` of the content table instead reads every row of it.
static void cnewssqlite_fts5_row_count(
    const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *context, int argc, sqlite3_value **argv) {
    sqlite3_int64 rows = 0;
    int rc = api->xRowCount(fts, &rows);
    if (rc != SQLITE_OK) { sqlite3_result_error_code(context, rc); return; }
    sqlite3_result_int64(context, rows);
}

/// Adds `bm25_given_idf` and `fts5_row_count` to the FTS5 tables of this connection (see above).
static inline int cnewssqlite_add_bm25_given_idf(sqlite3 *db) {
    fts5_api *api = 0;
    sqlite3_stmt *statement = 0;
    int rc = sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &statement, 0);
    if (rc != SQLITE_OK) return rc;
    sqlite3_bind_pointer(statement, 1, (void *)&api, "fts5_api_ptr", 0);
    sqlite3_step(statement);
    rc = sqlite3_finalize(statement);
    if (rc != SQLITE_OK) return rc;
    if (!api || api->iVersion < 2) return SQLITE_ERROR;
    rc = api->xCreateFunction(api, "bm25_given_idf", 0, cnewssqlite_bm25_given_idf, 0);
    if (rc != SQLITE_OK) return rc;
    return api->xCreateFunction(api, "fts5_row_count", 0, cnewssqlite_fts5_row_count, 0);
}
#endif
