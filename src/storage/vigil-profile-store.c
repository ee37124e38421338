/* vigil-profile-store.c
 *
 * Copyright 2026 The Vigil developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vigil-profile-store"

#include "config.h"

#include <json-glib/json-glib.h>

#include "vigil-profile-store.h"

/* Deleting a profile only marks it, so that the UI can offer undo; purging removes it and,
 * through the foreign keys, everything recorded for it. */

struct _VigilProfileStore
{
  GObject        parent_instance;

  VigilDatabase *database;
};

G_DEFINE_FINAL_TYPE (VigilProfileStore, vigil_profile_store, G_TYPE_OBJECT)
G_DEFINE_QUARK (vigil-profile-error-quark, vigil_profile_error)

#define PROFILE_COLUMNS "id, name, kind, answers, created_at, archived_at IS NOT NULL"

static void
vigil_profile_store_dispose (GObject *object)
{
  VigilProfileStore *self = (VigilProfileStore *)object;

  g_clear_object (&self->database);

  G_OBJECT_CLASS (vigil_profile_store_parent_class)->dispose (object);
}

static void
vigil_profile_store_class_init (VigilProfileStoreClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = vigil_profile_store_dispose;
}

static void
vigil_profile_store_init (VigilProfileStore *self)
{
}

VigilProfileStore *
vigil_profile_store_new (VigilDatabase *database)
{
  VigilProfileStore *self;

  g_return_val_if_fail (VIGIL_IS_DATABASE (database), NULL);

  self = g_object_new (VIGIL_TYPE_PROFILE_STORE, NULL);
  self->database = g_object_ref (database);

  return self;
}

static gboolean
check_name (const char  *name,
            GError     **error)
{
  g_autofree char *trimmed = g_strstrip (g_strdup (name != NULL ? name : ""));

  if (*trimmed == '\0')
    {
      g_set_error (error, VIGIL_PROFILE_ERROR, VIGIL_PROFILE_ERROR_INVALID,
                   "A profile needs a name");
      return FALSE;
    }

  return TRUE;
}

static gboolean
check_answers (const char  *answers,
               GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();

  if (answers == NULL)
    return TRUE;

  if (!json_parser_load_from_data (parser, answers, -1, NULL) ||
      !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    {
      g_set_error (error, VIGIL_PROFILE_ERROR, VIGIL_PROFILE_ERROR_INVALID,
                   "The answers must be a JSON object");
      return FALSE;
    }

  return TRUE;
}

static VigilProfile *
profile_from_row (sqlite3_stmt *stmt)
{
  return vigil_profile_new (sqlite3_column_int64 (stmt, 0),
                            (const char *)sqlite3_column_text (stmt, 1),
                            g_strcmp0 ((const char *)sqlite3_column_text (stmt, 2),
                                       "organization") == 0 ? VIGIL_PROFILE_ORGANIZATION
                                                            : VIGIL_PROFILE_HOUSEHOLD,
                            (const char *)sqlite3_column_text (stmt, 3),
                            sqlite3_column_int64 (stmt, 4),
                            sqlite3_column_int (stmt, 5) != 0);
}

/* Runs one UPDATE on a live (not deleted) profile; no such profile is NOT_FOUND. */
static gboolean
update_profile (VigilProfileStore  *self,
                const char         *sql,
                gint64              profile_id,
                const char         *text,
                gint64              number,
                GError            **error)
{
  g_autoptr(sqlite3_stmt) stmt = vigil_database_prepare (self->database, sql, error);

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, profile_id);
  if (text != NULL)
    sqlite3_bind_text (stmt, 2, text, -1, SQLITE_TRANSIENT);
  else
    sqlite3_bind_int64 (stmt, 2, number);

  if (!vigil_database_step_done (self->database, stmt, error))
    return FALSE;

  if (sqlite3_changes (vigil_database_get_handle (self->database)) == 0)
    {
      g_set_error (error, VIGIL_PROFILE_ERROR, VIGIL_PROFILE_ERROR_NOT_FOUND,
                   "There is no profile %" G_GINT64_FORMAT, profile_id);
      return FALSE;
    }

  return TRUE;
}

/**
 * vigil_profile_store_create:
 * @answers: (nullable): the personalisation answers, a JSON object
 *
 * Returns: the new profile's id, or -1 with @error set
 */
gint64
vigil_profile_store_create (VigilProfileStore  *self,
                            const char         *name,
                            VigilProfileKind    kind,
                            const char         *answers,
                            GError            **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *trimmed = NULL;

  g_return_val_if_fail (VIGIL_IS_PROFILE_STORE (self), -1);

  if (!check_name (name, error) || !check_answers (answers, error))
    return -1;

  stmt = vigil_database_prepare (self->database,
                                 "INSERT INTO profiles (name, kind, answers, created_at) "
                                 "VALUES (?1, ?2, ?3, ?4)", error);
  if (stmt == NULL)
    return -1;

  trimmed = g_strstrip (g_strdup (name));
  sqlite3_bind_text (stmt, 1, trimmed, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 2, vigil_profile_kind_to_id (kind), -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, answers != NULL ? answers : "{}", -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 4, g_get_real_time ());

  if (!vigil_database_step_done (self->database, stmt, error))
    return -1;

  return sqlite3_last_insert_rowid (vigil_database_get_handle (self->database));
}

/**
 * vigil_profile_store_ensure_default:
 * @name: the name to give the profile if one has to be created
 *
 * Returns the first profile that is not deleted, creating a household profile named @name
 * when there is none.
 *
 * Returns: the profile id (> 0), or -1 with @error set
 */
gint64
vigil_profile_store_ensure_default (VigilProfileStore  *self,
                                    const char         *name,
                                    GError            **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gint64 id = -1;
  int rc;

  g_return_val_if_fail (VIGIL_IS_PROFILE_STORE (self), -1);
  g_return_val_if_fail (name != NULL && *name != '\0', -1);

  if (!vigil_database_begin (self->database, error))
    return -1;

  stmt = vigil_database_prepare (self->database,
                                 "SELECT id FROM profiles WHERE deleted_at IS NULL "
                                 "ORDER BY archived_at IS NOT NULL, id LIMIT 1", error);
  if (stmt != NULL)
    {
      rc = sqlite3_step (stmt);
      if (rc == SQLITE_ROW)
        id = sqlite3_column_int64 (stmt, 0);
      else if (rc == SQLITE_DONE)
        id = vigil_profile_store_create (self, name, VIGIL_PROFILE_HOUSEHOLD, NULL, error);
      else
        vigil_database_set_error (self->database, error, "Could not read the profiles");
    }

  if (id > 0 && vigil_database_commit (self->database, error))
    return id;

  vigil_database_rollback (self->database);
  return -1;
}

/**
 * vigil_profile_store_lookup:
 *
 * Returns: (transfer full) (nullable): the profile, or %NULL with @error set when it does
 *   not exist or is deleted
 */
VigilProfile *
vigil_profile_store_lookup (VigilProfileStore  *self,
                            gint64              profile_id,
                            GError            **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (VIGIL_IS_PROFILE_STORE (self), NULL);

  stmt = vigil_database_prepare (self->database,
                                 "SELECT " PROFILE_COLUMNS " FROM profiles "
                                 "WHERE id = ?1 AND deleted_at IS NULL", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, profile_id);

  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      g_set_error (error, VIGIL_PROFILE_ERROR, VIGIL_PROFILE_ERROR_NOT_FOUND,
                   "There is no profile %" G_GINT64_FORMAT, profile_id);
      return NULL;
    }

  return profile_from_row (stmt);
}

/**
 * vigil_profile_store_list:
 *
 * Returns: (transfer full) (element-type VigilProfile): the profiles that are not deleted,
 *   oldest first, or %NULL with @error set
 */
GPtrArray *
vigil_profile_store_list (VigilProfileStore  *self,
                          gboolean            include_archived,
                          GError            **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GPtrArray) profiles = g_ptr_array_new_with_free_func (g_object_unref);
  int rc;

  g_return_val_if_fail (VIGIL_IS_PROFILE_STORE (self), NULL);

  stmt = vigil_database_prepare (self->database,
                                 "SELECT " PROFILE_COLUMNS " FROM profiles "
                                 "WHERE deleted_at IS NULL AND (?1 OR archived_at IS NULL) "
                                 "ORDER BY id", error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int (stmt, 1, include_archived);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_ptr_array_add (profiles, profile_from_row (stmt));

  if (rc != SQLITE_DONE)
    {
      vigil_database_set_error (self->database, error, "Could not read the profiles");
      return NULL;
    }

  return g_steal_pointer (&profiles);
}

gboolean
vigil_profile_store_rename (VigilProfileStore  *self,
                           gint64              profile_id,
                           const char         *name,
                           GError            **error)
{
  g_autofree char *trimmed = NULL;

  g_return_val_if_fail (VIGIL_IS_PROFILE_STORE (self), FALSE);

  if (!check_name (name, error))
    return FALSE;

  trimmed = g_strstrip (g_strdup (name));

  return update_profile (self, "UPDATE profiles SET name = ?2 WHERE id = ?1 AND deleted_at IS NULL",
                         profile_id, trimmed, 0, error);
}

/**
 * vigil_profile_store_set_kind:
 *
 * Changes whether a profile is a household's or an organization's; item states stay, and
 * the statuses a household's check box cannot show read as not done.
 */
gboolean
vigil_profile_store_set_kind (VigilProfileStore  *self,
                              gint64              profile_id,
                              VigilProfileKind    kind,
                              GError            **error)
{
  g_return_val_if_fail (VIGIL_IS_PROFILE_STORE (self), FALSE);
  g_return_val_if_fail (kind == VIGIL_PROFILE_HOUSEHOLD || kind == VIGIL_PROFILE_ORGANIZATION,
                        FALSE);

  return update_profile (self, "UPDATE profiles SET kind = ?2 WHERE id = ?1 AND deleted_at IS NULL",
                         profile_id, vigil_profile_kind_to_id (kind), 0, error);
}

/**
 * vigil_profile_store_set_answers:
 * @answers: the personalisation answers, a JSON object
 */
gboolean
vigil_profile_store_set_answers (VigilProfileStore  *self,
                                 gint64              profile_id,
                                 const char         *answers,
                                 GError            **error)
{
  g_return_val_if_fail (VIGIL_IS_PROFILE_STORE (self), FALSE);
  g_return_val_if_fail (answers != NULL, FALSE);

  if (!check_answers (answers, error))
    return FALSE;

  return update_profile (self,
                         "UPDATE profiles SET answers = ?2 WHERE id = ?1 AND deleted_at IS NULL",
                         profile_id, answers, 0, error);
}

/**
 * vigil_profile_store_duplicate:
 * @name: the copy's name
 *
 * Copies a profile with its answers, item states, evidence, custom items and lessons (not
 * its history, which belongs to the original), in one transaction.
 *
 * Returns: the copy's id, or -1 with @error set
 */
gint64
vigil_profile_store_duplicate (VigilProfileStore  *self,
                               gint64              profile_id,
                               const char         *name,
                               GError            **error)
{
  static const char * const copies[] = {
    "INSERT INTO item_states (profile_id, item_id, status, reason, accepted_until, note, owner, "
    "due, completed_at, verified_at, recurrence_days, updated_at) SELECT ?2, item_id, status, "
    "reason, accepted_until, note, owner, due, completed_at, verified_at, recurrence_days, "
    "updated_at FROM item_states WHERE profile_id = ?1",
    "INSERT INTO evidence (profile_id, item_id, location, description, added_at) "
    "SELECT ?2, item_id, location, description, added_at FROM evidence WHERE profile_id = ?1",
    "INSERT INTO custom_items (profile_id, guideline_id, title, created_at) "
    "SELECT ?2, guideline_id, title, created_at FROM custom_items WHERE profile_id = ?1",
    "INSERT INTO lessons (profile_id, name, created_at, updated_at) "
    "SELECT ?2, name, created_at, updated_at FROM lessons WHERE profile_id = ?1 ORDER BY id",
    /* The copies were inserted in the originals' order and new rowids only grow, so the
     * n-th lesson of the copy is the copy of the n-th lesson of the original. */
    "WITH original AS (SELECT id, row_number () OVER (ORDER BY id) AS n FROM lessons "
    "                  WHERE profile_id = ?1), "
    "     copy AS (SELECT id, row_number () OVER (ORDER BY id) AS n FROM lessons "
    "              WHERE profile_id = ?2) "
    "INSERT INTO lesson_guidelines (lesson_id, position, guideline_id) "
    "SELECT copy.id, g.position, g.guideline_id FROM original JOIN copy USING (n) "
    "JOIN lesson_guidelines g ON g.lesson_id = original.id",
  };
  g_autoptr(VigilProfile) original = NULL;
  gint64 copy = -1;

  g_return_val_if_fail (VIGIL_IS_PROFILE_STORE (self), -1);

  if (!vigil_database_begin (self->database, error))
    return -1;

  original = vigil_profile_store_lookup (self, profile_id, error);
  if (original == NULL)
    goto failed;

  copy = vigil_profile_store_create (self, name, vigil_profile_get_kind (original),
                                     vigil_profile_get_answers (original), error);
  if (copy < 0)
    goto failed;

  for (guint i = 0; i < G_N_ELEMENTS (copies); i++)
    {
      g_autoptr(sqlite3_stmt) stmt = vigil_database_prepare (self->database, copies[i], error);

      if (stmt == NULL)
        goto failed;
      sqlite3_bind_int64 (stmt, 1, profile_id);
      sqlite3_bind_int64 (stmt, 2, copy);
      if (!vigil_database_step_done (self->database, stmt, error))
        goto failed;
    }

  if (vigil_database_commit (self->database, error))
    return copy;

failed:
  vigil_database_rollback (self->database);
  return -1;
}

gboolean
vigil_profile_store_set_archived (VigilProfileStore  *self,
                                  gint64              profile_id,
                                  gboolean            archived,
                                  GError            **error)
{
  g_return_val_if_fail (VIGIL_IS_PROFILE_STORE (self), FALSE);

  return update_profile (self,
                         archived ? "UPDATE profiles SET archived_at = ?2 WHERE id = ?1 "
                                    "AND deleted_at IS NULL"
                                  : "UPDATE profiles SET archived_at = NULL WHERE id = ?1 "
                                    "AND deleted_at IS NULL AND ?2 IS NOT NULL",
                         profile_id, NULL, g_get_real_time (), error);
}

/**
 * vigil_profile_store_delete:
 *
 * Hides a profile. Nothing is removed until vigil_profile_store_purge(), so
 * vigil_profile_store_restore() can undo this.
 */
gboolean
vigil_profile_store_delete (VigilProfileStore  *self,
                            gint64              profile_id,
                            GError            **error)
{
  g_return_val_if_fail (VIGIL_IS_PROFILE_STORE (self), FALSE);

  return update_profile (self,
                         "UPDATE profiles SET deleted_at = ?2 WHERE id = ?1 AND deleted_at IS NULL",
                         profile_id, NULL, g_get_real_time (), error);
}

gboolean
vigil_profile_store_restore (VigilProfileStore  *self,
                             gint64              profile_id,
                             GError            **error)
{
  g_return_val_if_fail (VIGIL_IS_PROFILE_STORE (self), FALSE);

  return update_profile (self,
                         "UPDATE profiles SET deleted_at = NULL WHERE id = ?1 "
                         "AND deleted_at IS NOT NULL AND ?2 IS NOT NULL",
                         profile_id, NULL, 1, error);
}

/**
 * vigil_profile_store_purge:
 * @deleted_before: remove profiles deleted before this time (µs since the epoch)
 *
 * Removes deleted profiles for good, with everything recorded for them.
 *
 * Returns: how many profiles were removed
 */
guint
vigil_profile_store_purge (VigilProfileStore  *self,
                           gint64              deleted_before,
                           GError            **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (VIGIL_IS_PROFILE_STORE (self), 0);

  stmt = vigil_database_prepare (self->database,
                                 "DELETE FROM profiles WHERE deleted_at IS NOT NULL "
                                 "AND deleted_at < ?1", error);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, deleted_before);

  if (!vigil_database_step_done (self->database, stmt, error))
    return 0;

  return sqlite3_changes (vigil_database_get_handle (self->database));
}

/**
 * vigil_profile_store_dup_name:
 *
 * Returns: (transfer full) (nullable): the profile's name, or %NULL with @error set
 */
char *
vigil_profile_store_dup_name (VigilProfileStore  *self,
                              gint64              profile_id,
                              GError            **error)
{
  g_autoptr(VigilProfile) profile = vigil_profile_store_lookup (self, profile_id, error);

  return profile != NULL ? g_strdup (vigil_profile_get_name (profile)) : NULL;
}
