/* vigil-custom-item-store.c
 *
 * Copyright 2026 The Vigil developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vigil-custom-item-store"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "vigil-custom-item-store.h"
#include <json-glib/json-glib.h>

#include "vigil-history.h"
#include "vigil-undo-private.h"

/* Items a profile adds itself. Their state lives in item_states like any catalog item's,
 * under the id "custom.<number>", which no catalog id can take ("custom" is no section). */

#define ID_PREFIX "custom."

struct _VigilCustomItemStore
{
  GObject        parent_instance;

  VigilDatabase *database;
};

G_DEFINE_FINAL_TYPE (VigilCustomItemStore, vigil_custom_item_store, G_TYPE_OBJECT)

void
vigil_custom_item_free (VigilCustomItem *item)
{
  if (item == NULL)
    return;

  g_free (item->id);
  g_free (item->guideline_id);
  g_free (item->title);
  g_free (item);
}

static void
vigil_custom_item_store_dispose (GObject *object)
{
  VigilCustomItemStore *self = (VigilCustomItemStore *)object;

  g_clear_object (&self->database);

  G_OBJECT_CLASS (vigil_custom_item_store_parent_class)->dispose (object);
}

static void
vigil_custom_item_store_class_init (VigilCustomItemStoreClass *klass)
{
  G_OBJECT_CLASS (klass)->dispose = vigil_custom_item_store_dispose;
}

static void
vigil_custom_item_store_init (VigilCustomItemStore *self)
{
}

VigilCustomItemStore *
vigil_custom_item_store_new (VigilDatabase *database)
{
  VigilCustomItemStore *self;

  g_return_val_if_fail (VIGIL_IS_DATABASE (database), NULL);

  self = g_object_new (VIGIL_TYPE_CUSTOM_ITEM_STORE, NULL);
  self->database = g_object_ref (database);

  return self;
}

static gboolean
check_title (const char  *title,
             char       **trimmed,
             GError     **error)
{
  *trimmed = g_strstrip (g_strdup (title != NULL ? title : ""));

  if (**trimmed == '\0')
    {
      g_clear_pointer (trimmed, g_free);
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_INVALID_ARGUMENT,
                           _("A step needs a few words saying what to do."));
      return FALSE;
    }

  return TRUE;
}

static gint64
parse_id (const char *item_id)
{
  guint64 number = 0;

  if (item_id == NULL || !g_str_has_prefix (item_id, ID_PREFIX) ||
      !g_ascii_string_to_unsigned (item_id + strlen (ID_PREFIX), 10, 1, G_MAXINT64, &number, NULL))
    return -1;

  return (gint64)number;
}

static char *
item_json (gint64      number,
           const char *guideline_id,
           const char *title)
{
  g_autoptr(JsonBuilder) builder = json_builder_new_immutable ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;

  json_builder_begin_object (builder);
  json_builder_set_member_name (builder, "id");
  json_builder_add_int_value (builder, number);
  json_builder_set_member_name (builder, "guideline_id");
  if (guideline_id != NULL)
    json_builder_add_string_value (builder, guideline_id);
  else
    json_builder_add_null_value (builder);
  json_builder_set_member_name (builder, "title");
  json_builder_add_string_value (builder, title);
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);

  return json_generator_to_data (generator, NULL);
}

/* The item as stored, as JSON for the history; NULL if there is none. */
static char *
dup_item_json (VigilCustomItemStore *self,
               gint64                profile_id,
               gint64                number)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = vigil_database_prepare (self->database,
                                 "SELECT guideline_id, title FROM custom_items "
                                 "WHERE id = ?1 AND profile_id = ?2", NULL);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, number);
  sqlite3_bind_int64 (stmt, 2, profile_id);
  if (sqlite3_step (stmt) != SQLITE_ROW)
    return NULL;

  return item_json (number, (const char *)sqlite3_column_text (stmt, 0),
                    (const char *)sqlite3_column_text (stmt, 1));
}

/**
 * vigil_custom_item_store_contains:
 *
 * Returns: whether @item_id is a custom item of @profile_id
 */
gboolean
vigil_custom_item_store_contains (VigilCustomItemStore *self,
                                  gint64                profile_id,
                                  const char           *item_id)
{
  gint64 number = parse_id (item_id);
  g_autofree char *json = NULL;

  g_return_val_if_fail (VIGIL_IS_CUSTOM_ITEM_STORE (self), FALSE);

  if (number < 0)
    return FALSE;

  json = dup_item_json (self, profile_id, number);
  return json != NULL;
}

/* Runs @sql on one custom item of @profile_id in a transaction with its history event. */
static gboolean
change_item (VigilCustomItemStore  *self,
             const char            *sql,
             gint64                 profile_id,
             const char            *item_id,
             const char            *title,
             GError               **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *before = NULL;
  g_autofree char *after = NULL;
  gint64 number = parse_id (item_id);

  if (number < 0 || !vigil_database_begin (self->database, error))
    {
      if (number < 0)
        g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, "“%s” is not a custom item",
                     item_id != NULL ? item_id : "");
      return FALSE;
    }

  before = dup_item_json (self, profile_id, number);

  stmt = vigil_database_prepare (self->database, sql, error);
  if (stmt == NULL)
    goto failed;
  sqlite3_bind_int64 (stmt, 1, number);
  sqlite3_bind_int64 (stmt, 2, profile_id);
  if (title != NULL)
    sqlite3_bind_text (stmt, 3, title, -1, SQLITE_STATIC);

  if (!vigil_database_step_done (self->database, stmt, error))
    goto failed;

  if (sqlite3_changes (vigil_database_get_handle (self->database)) == 0)
    {
      vigil_database_rollback (self->database);
      g_set_error (error, G_IO_ERROR, G_IO_ERROR_NOT_FOUND, "There is no custom item “%s”",
                   item_id);
      return FALSE;
    }

  after = dup_item_json (self, profile_id, number);

  if (!vigil_history_append (self->database, profile_id, item_id, "custom-item", before, after,
                             g_get_real_time (), error) ||
      !vigil_database_commit (self->database, error))
    goto failed;

  return TRUE;

failed:
  vigil_database_rollback (self->database);
  return FALSE;
}

/**
 * vigil_custom_item_store_add:
 * @guideline_id: (nullable): the guideline to add it to; %NULL for the profile's own list
 *
 * Returns: (transfer full) (nullable): the new item's id ("custom.<number>"), or %NULL
 *   with @error set
 */
char *
vigil_custom_item_store_add (VigilCustomItemStore  *self,
                             gint64                 profile_id,
                             const char            *guideline_id,
                             const char            *title,
                             GError               **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *trimmed = NULL;
  g_autofree char *item_id = NULL;
  gint64 now = g_get_real_time ();

  g_return_val_if_fail (VIGIL_IS_CUSTOM_ITEM_STORE (self), NULL);

  if (!check_title (title, &trimmed, error) || !vigil_database_begin (self->database, error))
    return NULL;

  stmt = vigil_database_prepare (self->database,
                                 "INSERT INTO custom_items (profile_id, guideline_id, title, "
                                 "created_at) VALUES (?1, ?2, ?3, ?4)", error);
  if (stmt == NULL)
    goto failed;
  sqlite3_bind_int64 (stmt, 1, profile_id);
  sqlite3_bind_text (stmt, 2, guideline_id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, trimmed, -1, SQLITE_STATIC);
  sqlite3_bind_int64 (stmt, 4, now);

  if (!vigil_database_step_done (self->database, stmt, error))
    goto failed;

  {
    gint64 number = sqlite3_last_insert_rowid (vigil_database_get_handle (self->database));
    g_autofree char *after = item_json (number, guideline_id, trimmed);

    item_id = g_strdup_printf (ID_PREFIX "%" G_GINT64_FORMAT, number);
    if (!vigil_history_append (self->database, profile_id, item_id, "custom-item", NULL, after,
                               now, error))
      goto failed;
  }

  if (!vigil_database_commit (self->database, error))
    goto failed;

  return g_steal_pointer (&item_id);

failed:
  vigil_database_rollback (self->database);
  return NULL;
}

gboolean
vigil_custom_item_store_rename (VigilCustomItemStore  *self,
                                gint64                 profile_id,
                                const char            *item_id,
                                const char            *title,
                                GError               **error)
{
  g_autofree char *trimmed = NULL;

  g_return_val_if_fail (VIGIL_IS_CUSTOM_ITEM_STORE (self), FALSE);

  if (!check_title (title, &trimmed, error))
    return FALSE;

  return change_item (self, "UPDATE custom_items SET title = ?3 WHERE id = ?1 AND profile_id = ?2",
                      profile_id, item_id, trimmed, error);
}

/**
 * vigil_custom_item_store_remove:
 *
 * Removes a custom item from the lists. Its state is kept, so that undo brings it back as it
 * was; purging the profile removes it.
 */
gboolean
vigil_custom_item_store_remove (VigilCustomItemStore  *self,
                                gint64                 profile_id,
                                const char            *item_id,
                                GError               **error)
{
  g_return_val_if_fail (VIGIL_IS_CUSTOM_ITEM_STORE (self), FALSE);

  return change_item (self, "DELETE FROM custom_items WHERE id = ?1 AND profile_id = ?2",
                      profile_id, item_id, NULL, error);
}

static GPtrArray *
list_items (VigilCustomItemStore  *self,
            gint64                 profile_id,
            gboolean               all,
            const char            *guideline_id,
            GError               **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GPtrArray) list = g_ptr_array_new_with_free_func ((GDestroyNotify)vigil_custom_item_free);
  int rc;

  g_return_val_if_fail (VIGIL_IS_CUSTOM_ITEM_STORE (self), NULL);

  stmt = vigil_database_prepare (self->database,
                                 all ? "SELECT id, guideline_id, title FROM custom_items "
                                       "WHERE profile_id = ?1 ORDER BY id"
                                     : "SELECT id, guideline_id, title FROM custom_items "
                                       "WHERE profile_id = ?1 AND guideline_id IS ?2 ORDER BY id",
                                 error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, profile_id);
  if (!all)
    sqlite3_bind_text (stmt, 2, guideline_id, -1, SQLITE_STATIC);

  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      VigilCustomItem *item = g_new0 (VigilCustomItem, 1);

      item->id = g_strdup_printf (ID_PREFIX "%" G_GINT64_FORMAT,
                                  (gint64)sqlite3_column_int64 (stmt, 0));
      item->guideline_id = g_strdup ((const char *)sqlite3_column_text (stmt, 1));
      item->title = g_strdup ((const char *)sqlite3_column_text (stmt, 2));
      g_ptr_array_add (list, item);
    }

  if (rc != SQLITE_DONE)
    {
      vigil_database_set_error (self->database, error, "Could not read the custom items");
      return NULL;
    }

  return g_steal_pointer (&list);
}

/**
 * vigil_custom_item_store_list:
 * @guideline_id: (nullable): a guideline, or %NULL for the profile's own list
 *
 * Returns: (transfer full) (element-type VigilCustomItem): the items, oldest first, or
 *   %NULL with @error set
 */
GPtrArray *
vigil_custom_item_store_list (VigilCustomItemStore  *self,
                              gint64                 profile_id,
                              const char            *guideline_id,
                              GError               **error)
{
  return list_items (self, profile_id, FALSE, guideline_id, error);
}

/**
 * vigil_custom_item_store_list_all:
 *
 * Returns: (transfer full) (element-type VigilCustomItem): all of the profile's own steps,
 *   oldest first, or %NULL with @error set
 */
GPtrArray *
vigil_custom_item_store_list_all (VigilCustomItemStore  *self,
                                  gint64                 profile_id,
                                  GError               **error)
{
  return list_items (self, profile_id, TRUE, NULL, error);
}

gboolean
_vigil_custom_item_undo (VigilDatabase  *database,
                         gint64          profile_id,
                         JsonObject     *before,
                         JsonObject     *after,
                         GError        **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  JsonObject *item = before != NULL ? before : after;

  if (item == NULL)
    return TRUE;

  if (before == NULL)
    stmt = vigil_database_prepare (database,
                                   "DELETE FROM custom_items WHERE id = ?1 AND profile_id = ?2",
                                   error);
  else if (after == NULL)
    stmt = vigil_database_prepare (database,
                                   "INSERT INTO custom_items (id, profile_id, guideline_id, "
                                   "title, created_at) VALUES (?1, ?2, ?3, ?4, ?5)", error);
  else
    stmt = vigil_database_prepare (database,
                                   "UPDATE custom_items SET title = ?4 "
                                   "WHERE id = ?1 AND profile_id = ?2", error);
  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, json_object_get_int_member (item, "id"));
  sqlite3_bind_int64 (stmt, 2, profile_id);
  /* An unused parameter index is simply not bound (SQLITE_RANGE), so one binding fits all three
   * statements. */
  if (before != NULL)
    {
      sqlite3_bind_text (stmt, 3,
                         json_object_get_string_member_with_default (before, "guideline_id", NULL),
                         -1, SQLITE_STATIC);
      sqlite3_bind_text (stmt, 4, json_object_get_string_member (before, "title"), -1,
                         SQLITE_STATIC);
      sqlite3_bind_int64 (stmt, 5, g_get_real_time ());
    }

  return vigil_database_step_done (database, stmt, error);
}
