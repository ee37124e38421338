/* vigil-database.h
 *
 * Copyright 2026 The Vigil developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>
#include <sqlite3.h>

G_BEGIN_DECLS

#define VIGIL_TYPE_DATABASE (vigil_database_get_type())
#define VIGIL_DATABASE_ERROR (vigil_database_error_quark ())

/**
 * VigilDatabaseError:
 * @VIGIL_DATABASE_ERROR_OPEN: the file or its folder could not be created or opened
 * @VIGIL_DATABASE_ERROR_SQL: SQLite reported an error; the message carries its text
 * @VIGIL_DATABASE_ERROR_TOO_NEW: the database was written by a newer Vigil
 * @VIGIL_DATABASE_ERROR_MIGRATION: a schema upgrade failed and was rolled back
 * @VIGIL_DATABASE_ERROR_CORRUPT: the file is damaged or is not an SQLite database at all
 * @VIGIL_DATABASE_ERROR_NOT_VIGIL: the file is an SQLite database of some other program
 * @VIGIL_DATABASE_ERROR_FULL: the disk, or the database's size limit, is full
 * @VIGIL_DATABASE_ERROR_READ_ONLY: the file or its folder cannot be written
 */
typedef enum
{
  VIGIL_DATABASE_ERROR_OPEN,
  VIGIL_DATABASE_ERROR_SQL,
  VIGIL_DATABASE_ERROR_TOO_NEW,
  VIGIL_DATABASE_ERROR_MIGRATION,
  VIGIL_DATABASE_ERROR_CORRUPT,
  VIGIL_DATABASE_ERROR_NOT_VIGIL,
  VIGIL_DATABASE_ERROR_FULL,
  VIGIL_DATABASE_ERROR_READ_ONLY,
} VigilDatabaseError;

G_DECLARE_FINAL_TYPE (VigilDatabase, vigil_database, VIGIL, DATABASE, GObject)

G_DEFINE_AUTOPTR_CLEANUP_FUNC (sqlite3_stmt, sqlite3_finalize)

GQuark         vigil_database_error_quark         (void);
VigilDatabase *vigil_database_open                (const char     *path,
                                                   GError        **error);
const char    *vigil_database_get_path            (VigilDatabase  *self);
sqlite3       *vigil_database_get_handle          (VigilDatabase  *self);
int            vigil_database_get_schema_version  (VigilDatabase  *self);
gboolean       vigil_database_exec                (VigilDatabase  *self,
                                                   const char     *sql,
                                                   GError        **error);
sqlite3_stmt  *vigil_database_prepare             (VigilDatabase  *self,
                                                   const char     *sql,
                                                   GError        **error);
gboolean       vigil_database_step_done           (VigilDatabase  *self,
                                                   sqlite3_stmt   *stmt,
                                                   GError        **error);
gboolean       vigil_database_begin               (VigilDatabase  *self,
                                                   GError        **error);
gboolean       vigil_database_commit              (VigilDatabase  *self,
                                                   GError        **error);
void           vigil_database_rollback            (VigilDatabase  *self);
gboolean       vigil_database_set_error           (VigilDatabase  *self,
                                                   GError        **error,
                                                   const char     *what);
void           vigil_database_bind_text_or_null   (sqlite3_stmt   *stmt,
                                                   int             index,
                                                   const char     *text);
void           vigil_database_bind_time_or_null   (sqlite3_stmt   *stmt,
                                                   int             index,
                                                   gint64          time);

G_END_DECLS
