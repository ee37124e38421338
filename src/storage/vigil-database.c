/* vigil-database.c
 *
 * Copyright 2026 The Vigil developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vigil-database"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gstdio.h>
#include <sys/stat.h>
#include <unistd.h>

#include "vigil-database.h"
#include "vigil-migrations.h"

/* Long enough for a command-line export to finish while the app writes (and vice versa). */
#define BUSY_TIMEOUT_MS 5000

struct _VigilDatabase
{
  GObject  parent_instance;

  char    *path;
  sqlite3 *handle;
};

G_DEFINE_FINAL_TYPE (VigilDatabase, vigil_database, G_TYPE_OBJECT)
G_DEFINE_QUARK (vigil-database-error-quark, vigil_database_error)

static void
vigil_database_finalize (GObject *object)
{
  VigilDatabase *self = (VigilDatabase *)object;

  if (self->handle != NULL)
    {
      /* Closes the WAL cleanly so no -wal/-shm files are left behind. */
      if (sqlite3_close (self->handle) != SQLITE_OK)
        g_warning ("Could not close %s: %s", self->path, sqlite3_errmsg (self->handle));
      self->handle = NULL;
    }

  g_clear_pointer (&self->path, g_free);

  G_OBJECT_CLASS (vigil_database_parent_class)->finalize (object);
}

static void
vigil_database_class_init (VigilDatabaseClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = vigil_database_finalize;
}

static void
vigil_database_init (VigilDatabase *self)
{
}

/* Removes group and other permissions. Owner permissions are kept as they are: a folder the
 * user made read-only must stay read-only. */
static int
make_private (const char *path,
              int         fd)
{
  GStatBuf st;

  if ((fd >= 0 ? fstat (fd, &st) : g_stat (path, &st)) != 0)
    return -1;
  if ((st.st_mode & 077) == 0)
    return 0;

  return fd >= 0 ? fchmod (fd, st.st_mode & 0700) : g_chmod (path, st.st_mode & 0700);
}

/* Progress and notes are private: the folder and the file are the user's alone. */
static gboolean
prepare_private_file (const char  *path,
                      GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  int fd;

  if (g_mkdir_with_parents (dir, 0700) != 0 || make_private (dir, -1) != 0)
    {
      int saved_errno = errno;
      g_set_error (error, VIGIL_DATABASE_ERROR, VIGIL_DATABASE_ERROR_OPEN,
                   "Could not create the folder %s: %s", dir, g_strerror (saved_errno));
      return FALSE;
    }

  fd = g_open (path, O_RDWR | O_CREAT | O_CLOEXEC, 0600);
  if (fd < 0 || make_private (path, fd) != 0)
    {
      int saved_errno = errno;
      if (fd >= 0)
        close (fd);
      g_set_error (error, VIGIL_DATABASE_ERROR,
                   saved_errno == EACCES || saved_errno == EROFS || saved_errno == EPERM
                   ? VIGIL_DATABASE_ERROR_READ_ONLY : VIGIL_DATABASE_ERROR_OPEN,
                   "Could not open %s: %s", path, g_strerror (saved_errno));
      return FALSE;
    }
  close (fd);

  return TRUE;
}

/* A damaged file, or another program's database, must never be migrated into: migrating
 * would hide the damage or write our tables into someone else's data. */
static gboolean
check_sound (VigilDatabase  *self,
             GError        **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  const char *result;
  int rc;

  stmt = vigil_database_prepare (self, "PRAGMA quick_check", error);
  if (stmt == NULL)
    return FALSE;

  rc = sqlite3_step (stmt);
  result = rc == SQLITE_ROW ? (const char *)sqlite3_column_text (stmt, 0) : NULL;
  if (g_strcmp0 (result, "ok") != 0)
    {
      g_set_error (error, VIGIL_DATABASE_ERROR, VIGIL_DATABASE_ERROR_CORRUPT,
                   "%s is damaged: %s", self->path,
                   result != NULL ? result : sqlite3_errmsg (self->handle));
      return FALSE;
    }
  g_clear_pointer (&stmt, sqlite3_finalize);

  if (vigil_database_get_schema_version (self) != 0)
    return TRUE;

  stmt = vigil_database_prepare (self,
                                 "SELECT count(*) FROM sqlite_schema "
                                 "WHERE name NOT LIKE 'sqlite_%'", error);
  if (stmt == NULL || sqlite3_step (stmt) != SQLITE_ROW)
    return vigil_database_set_error (self, error, "Could not read the database");

  if (sqlite3_column_int (stmt, 0) > 0)
    {
      g_set_error (error, VIGIL_DATABASE_ERROR, VIGIL_DATABASE_ERROR_NOT_VIGIL,
                   "%s is a database of another program, not Vigil's", self->path);
      return FALSE;
    }

  return TRUE;
}

/**
 * vigil_database_open:
 * @path: the database file; its folder is created if needed
 *
 * Opens (creating if needed) a Vigil database with WAL and foreign keys on,
 * and brings its schema up to date.
 *
 * Returns: (transfer full): the database, or %NULL with @error set
 */
VigilDatabase *
vigil_database_open (const char  *path,
                     GError     **error)
{
  g_autoptr(VigilDatabase) self = NULL;
  int rc;

  g_return_val_if_fail (path != NULL, NULL);

  if (!prepare_private_file (path, error))
    return NULL;

  self = g_object_new (VIGIL_TYPE_DATABASE, NULL);
  self->path = g_strdup (path);

  rc = sqlite3_open_v2 (path, &self->handle,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_FULLMUTEX,
                        NULL);
  if (rc != SQLITE_OK)
    {
      g_set_error (error, VIGIL_DATABASE_ERROR, VIGIL_DATABASE_ERROR_OPEN,
                   "Could not open %s: %s", path,
                   self->handle != NULL ? sqlite3_errmsg (self->handle) : sqlite3_errstr (rc));
      return NULL;
    }

  sqlite3_extended_result_codes (self->handle, TRUE);
  sqlite3_busy_timeout (self->handle, BUSY_TIMEOUT_MS);

  if (!vigil_database_exec (self,
                            "PRAGMA journal_mode = WAL;"
                            "PRAGMA synchronous = FULL;"
                            "PRAGMA foreign_keys = ON;",
                            error))
    return NULL;

  if (!check_sound (self, error) || !vigil_migrations_run (self, error))
    return NULL;

  return g_steal_pointer (&self);
}

const char *
vigil_database_get_path (VigilDatabase *self)
{
  g_return_val_if_fail (VIGIL_IS_DATABASE (self), NULL);
  return self->path;
}

/**
 * vigil_database_get_handle:
 *
 * Returns: (transfer none): the SQLite connection
 */
sqlite3 *
vigil_database_get_handle (VigilDatabase *self)
{
  g_return_val_if_fail (VIGIL_IS_DATABASE (self), NULL);
  return self->handle;
}

/**
 * vigil_database_get_schema_version:
 *
 * Returns: the schema version (`PRAGMA user_version`), or -1 on error
 */
int
vigil_database_get_schema_version (VigilDatabase *self)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (VIGIL_IS_DATABASE (self), -1);

  stmt = vigil_database_prepare (self, "PRAGMA user_version", NULL);
  if (stmt == NULL || sqlite3_step (stmt) != SQLITE_ROW)
    return -1;

  return sqlite3_column_int (stmt, 0);
}

/**
 * vigil_database_set_error:
 * @what: what was being done, for the message
 *
 * Sets @error from the connection's last SQLite error.
 *
 * Returns: %FALSE, for use in return statements
 */
static VigilDatabaseError
code_for (int rc)
{
  switch (rc & 0xff)
    {
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      return VIGIL_DATABASE_ERROR_CORRUPT;
    case SQLITE_FULL:
      return VIGIL_DATABASE_ERROR_FULL;
    case SQLITE_READONLY:
    case SQLITE_CANTOPEN:
    case SQLITE_PERM:
      return VIGIL_DATABASE_ERROR_READ_ONLY;
    default:
      return VIGIL_DATABASE_ERROR_SQL;
    }
}

gboolean
vigil_database_set_error (VigilDatabase  *self,
                          GError        **error,
                          const char     *what)
{
  g_return_val_if_fail (VIGIL_IS_DATABASE (self), FALSE);

  g_set_error (error, VIGIL_DATABASE_ERROR, code_for (sqlite3_extended_errcode (self->handle)),
               "%s: %s", what, sqlite3_errmsg (self->handle));

  return FALSE;
}

gboolean
vigil_database_exec (VigilDatabase  *self,
                     const char     *sql,
                     GError        **error)
{
  char *message = NULL;

  g_return_val_if_fail (VIGIL_IS_DATABASE (self), FALSE);
  g_return_val_if_fail (sql != NULL, FALSE);

  if (sqlite3_exec (self->handle, sql, NULL, NULL, &message) != SQLITE_OK)
    {
      g_set_error (error, VIGIL_DATABASE_ERROR,
                   code_for (sqlite3_extended_errcode (self->handle)),
                   "%s (in %s)", message != NULL ? message : sqlite3_errmsg (self->handle),
                   self->path);
      sqlite3_free (message);
      return FALSE;
    }

  return TRUE;
}

/**
 * vigil_database_prepare:
 *
 * Returns: (transfer full): a statement to finalize with sqlite3_finalize(), or %NULL
 */
sqlite3_stmt *
vigil_database_prepare (VigilDatabase  *self,
                        const char     *sql,
                        GError        **error)
{
  sqlite3_stmt *stmt = NULL;

  g_return_val_if_fail (VIGIL_IS_DATABASE (self), NULL);
  g_return_val_if_fail (sql != NULL, NULL);

  if (sqlite3_prepare_v2 (self->handle, sql, -1, &stmt, NULL) != SQLITE_OK)
    {
      vigil_database_set_error (self, error, "Could not prepare a query");
      return NULL;
    }

  return stmt;
}

/**
 * vigil_database_bind_text_or_null:
 * @text: (nullable): bound as NULL when %NULL
 */
void
vigil_database_bind_text_or_null (sqlite3_stmt *stmt,
                                  int           index,
                                  const char   *text)
{
  if (text != NULL)
    sqlite3_bind_text (stmt, index, text, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_null (stmt, index);
}

/**
 * vigil_database_bind_time_or_null:
 * @time: microseconds since the epoch; 0 (no time) is bound as NULL
 */
void
vigil_database_bind_time_or_null (sqlite3_stmt *stmt,
                                  int           index,
                                  gint64        time)
{
  if (time != 0)
    sqlite3_bind_int64 (stmt, index, time);
  else
    sqlite3_bind_null (stmt, index);
}

/**
 * vigil_database_step_done:
 *
 * Runs a statement that returns no rows.
 */
gboolean
vigil_database_step_done (VigilDatabase  *self,
                          sqlite3_stmt   *stmt,
                          GError        **error)
{
  g_return_val_if_fail (VIGIL_IS_DATABASE (self), FALSE);

  if (sqlite3_step (stmt) != SQLITE_DONE)
    return vigil_database_set_error (self, error, "Could not save the change");

  return TRUE;
}

gboolean
vigil_database_begin (VigilDatabase  *self,
                      GError        **error)
{
  /* IMMEDIATE takes the write lock now, so a busy database fails here, not halfway. */
  return vigil_database_exec (self, "BEGIN IMMEDIATE", error);
}

gboolean
vigil_database_commit (VigilDatabase  *self,
                       GError        **error)
{
  return vigil_database_exec (self, "COMMIT", error);
}

void
vigil_database_rollback (VigilDatabase *self)
{
  g_return_if_fail (VIGIL_IS_DATABASE (self));

  if (!sqlite3_get_autocommit (self->handle))
    sqlite3_exec (self->handle, "ROLLBACK", NULL, NULL, NULL);
}
