/* vigil-export-json.c
 *
 * Copyright 2026 The Vigil developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vigil-export-json"

#include "config.h"

#include <json-glib/json-glib.h>
#include <string.h>

#include "vigil-export-json.h"

/* Everything the database holds for a profile, so that an import can rebuild it exactly.
 * Rows come out in a fixed order (items by id, everything else as stored) and members in a
 * fixed order, so the same profile always gives the same bytes: golden files and diffs work.
 * Times are UTC ISO 8601 with all six digits of the microseconds the database keeps. */

static gboolean
read_failed (VigilDatabase  *database,
             GError        **error)
{
  return vigil_database_set_error (database, error, "Could not read the profile");
}

/**
 * vigil_export_format_time:
 * @usec: microseconds since the Unix epoch, UTC
 *
 * Returns: (transfer full) (nullable): "YYYY-MM-DDTHH:MM:SS.ffffffZ", or %NULL when the time
 *   is outside the years 1 to 9999
 */
char *
vigil_export_format_time (gint64 usec)
{
  g_autoptr(GDateTime) time = NULL;
  gint64 seconds = usec / G_USEC_PER_SEC;
  gint64 fraction = usec % G_USEC_PER_SEC;
  g_autofree char *text = NULL;

  if (fraction < 0)
    {
      seconds--;
      fraction += G_USEC_PER_SEC;
    }

  time = g_date_time_new_from_unix_utc (seconds);
  if (time == NULL)
    return NULL;

  text = g_date_time_format (time, "%Y-%m-%dT%H:%M:%S");
  if (text == NULL || strlen (text) != 19)
    return NULL;

  return g_strdup_printf ("%s.%06dZ", text, (int)fraction);
}

static gboolean
parse_digits (const char *text,
              guint       n,
              int        *value)
{
  *value = 0;
  for (guint i = 0; i < n; i++)
    {
      if (!g_ascii_isdigit (text[i]))
        return FALSE;
      *value = *value * 10 + (text[i] - '0');
    }

  return TRUE;
}

/**
 * vigil_export_parse_time:
 * @usec: (out): microseconds since the Unix epoch
 *
 * Reads what vigil_export_format_time() writes; the fraction may have 1 to 6 digits or be
 * left out. GLib's ISO 8601 parser goes through a double and can be a microsecond off,
 * which would break the round trip, so this one is exact.
 *
 * Returns: whether @text is such a time
 */
gboolean
vigil_export_parse_time (const char *text,
                         gint64     *usec)
{
  g_autoptr(GDateTime) time = NULL;
  int year, month, day, hour, minute, second, fraction = 0;
  gsize length;
  const char *rest;

  if (text == NULL)
    return FALSE;

  length = strlen (text);
  if (length < 20 ||
      !parse_digits (text, 4, &year) || text[4] != '-' ||
      !parse_digits (text + 5, 2, &month) || text[7] != '-' ||
      !parse_digits (text + 8, 2, &day) || text[10] != 'T' ||
      !parse_digits (text + 11, 2, &hour) || text[13] != ':' ||
      !parse_digits (text + 14, 2, &minute) || text[16] != ':' ||
      !parse_digits (text + 17, 2, &second))
    return FALSE;

  rest = text + 19;
  if (*rest == '.')
    {
      guint digits = 0;

      for (rest++; g_ascii_isdigit (*rest) && digits < 6; rest++, digits++)
        fraction = fraction * 10 + (*rest - '0');
      if (digits == 0)
        return FALSE;
      for (; digits < 6; digits++)
        fraction *= 10;
    }
  if (strcmp (rest, "Z") != 0)
    return FALSE;

  if (year < 1 || second > 59)
    return FALSE;
  time = g_date_time_new_utc (year, month, day, hour, minute, second);
  if (time == NULL)
    return FALSE;

  *usec = g_date_time_to_unix (time) * G_USEC_PER_SEC + fraction;

  return TRUE;
}

/**
 * vigil_export_is_date:
 *
 * Returns: whether @text is a real date written YYYY-MM-DD, as due dates are stored
 */
gboolean
vigil_export_is_date (const char *text)
{
  g_autoptr(GDateTime) date = NULL;
  int year, month, day;

  if (text == NULL || strlen (text) != 10 ||
      !parse_digits (text, 4, &year) || text[4] != '-' ||
      !parse_digits (text + 5, 2, &month) || text[7] != '-' ||
      !parse_digits (text + 8, 2, &day) || year < 1)
    return FALSE;

  date = g_date_time_new_utc (year, month, day, 0, 0, 0);

  return date != NULL;
}

static void
add_text (JsonBuilder *builder,
          const char  *name,
          const char  *text)
{
  json_builder_set_member_name (builder, name);
  if (text != NULL)
    json_builder_add_string_value (builder, text);
  else
    json_builder_add_null_value (builder);
}

static void
add_column_text (JsonBuilder  *builder,
                 const char   *name,
                 sqlite3_stmt *stmt,
                 int           column)
{
  add_text (builder, name, (const char *)sqlite3_column_text (stmt, column));
}

/* A time column; SQL NULL (and 0, which the stores write for "never") is JSON null. */
static void
add_time (JsonBuilder *builder,
          const char  *name,
          gint64       usec)
{
  g_autofree char *text = usec != 0 ? vigil_export_format_time (usec) : NULL;

  add_text (builder, name, text);
}

/* Text that holds JSON (answers, history values) goes in as JSON, not as a string in a
 * string, so the file stays readable. */
static void
add_embedded_json (JsonBuilder *builder,
                   const char  *name,
                   const char  *json)
{
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();

  json_builder_set_member_name (builder, name);
  if (json != NULL && json_parser_load_from_data (parser, json, -1, NULL) &&
      json_parser_get_root (parser) != NULL)
    json_builder_add_value (builder, json_node_copy (json_parser_get_root (parser)));
  else
    json_builder_add_null_value (builder);
}

static gboolean
add_profile (JsonBuilder    *builder,
             VigilDatabase  *database,
             gint64          profile_id,
             GError        **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = vigil_database_prepare (database,
                                 "SELECT name, kind, answers, created_at, archived_at "
                                 "FROM profiles WHERE id = ?1 AND deleted_at IS NULL", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, profile_id);

  if (sqlite3_step (stmt) != SQLITE_ROW)
    {
      g_set_error (error, VIGIL_PROFILE_ERROR, VIGIL_PROFILE_ERROR_NOT_FOUND,
                   "There is no profile %" G_GINT64_FORMAT, profile_id);
      return FALSE;
    }

  json_builder_set_member_name (builder, "profile");
  json_builder_begin_object (builder);
  add_column_text (builder, "name", stmt, 0);
  add_column_text (builder, "kind", stmt, 1);
  add_embedded_json (builder, "answers", (const char *)sqlite3_column_text (stmt, 2));
  add_time (builder, "created_at", sqlite3_column_int64 (stmt, 3));
  add_time (builder, "archived_at", sqlite3_column_int64 (stmt, 4));
  json_builder_end_object (builder);

  return TRUE;
}

static gboolean
add_custom_items (JsonBuilder    *builder,
                  VigilDatabase  *database,
                  gint64          profile_id,
                  GError        **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  stmt = vigil_database_prepare (database,
                                 "SELECT id, guideline_id, title, created_at FROM custom_items "
                                 "WHERE profile_id = ?1 ORDER BY id", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, profile_id);

  json_builder_set_member_name (builder, "custom_items");
  json_builder_begin_array (builder);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      g_autofree char *id = g_strdup_printf ("custom.%" G_GINT64_FORMAT,
                                             (gint64)sqlite3_column_int64 (stmt, 0));

      json_builder_begin_object (builder);
      add_text (builder, "id", id);
      add_column_text (builder, "guideline_id", stmt, 1);
      add_column_text (builder, "title", stmt, 2);
      add_time (builder, "created_at", sqlite3_column_int64 (stmt, 3));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  return rc == SQLITE_DONE || read_failed (database, error);
}

/* The date a done, recurring item is due for review: derived, for people reading the file;
 * an import ignores it. */
static void
add_review_due (JsonBuilder    *builder,
                VigilContext   *context,
                const char     *item_id,
                sqlite3_stmt   *stmt)
{
  VigilChecklistItem *item = vigil_catalog_lookup_item (vigil_context_get_catalog (context),
                                                        item_id);
  VigilItemState state = { 0 };
  guint recurrence = 0;

  if (item != NULL)
    recurrence = vigil_guideline_get_recurrence (vigil_checklist_item_get_guideline (item));

  vigil_item_status_from_id ((const char *)sqlite3_column_text (stmt, 0), &state.status);
  state.completed_at = sqlite3_column_int64 (stmt, 6);
  state.verified_at = sqlite3_column_int64 (stmt, 7);
  state.recurrence_days = sqlite3_column_int (stmt, 8);

  add_time (builder, "review_due", vigil_item_state_get_review_due (&state, recurrence));
}

static gboolean
add_state (JsonBuilder    *builder,
           VigilContext   *context,
           sqlite3_stmt   *stmt,
           const char     *item_id,
           GError        **error)
{
  int rc;

  sqlite3_reset (stmt);
  sqlite3_bind_text (stmt, 2, item_id, -1, SQLITE_TRANSIENT);
  rc = sqlite3_step (stmt);

  json_builder_set_member_name (builder, "state");
  if (rc != SQLITE_ROW)
    {
      json_builder_add_null_value (builder);
      return rc == SQLITE_DONE || read_failed (vigil_context_get_database (context), error);
    }

  json_builder_begin_object (builder);
  add_column_text (builder, "status", stmt, 0);
  add_column_text (builder, "reason", stmt, 1);
  add_column_text (builder, "accepted_until", stmt, 2);
  add_column_text (builder, "note", stmt, 3);
  add_column_text (builder, "owner", stmt, 4);
  add_column_text (builder, "due", stmt, 5);
  add_time (builder, "completed_at", sqlite3_column_int64 (stmt, 6));
  add_time (builder, "verified_at", sqlite3_column_int64 (stmt, 7));
  json_builder_set_member_name (builder, "recurrence_days");
  if (sqlite3_column_type (stmt, 8) != SQLITE_NULL)
    json_builder_add_int_value (builder, sqlite3_column_int64 (stmt, 8));
  else
    json_builder_add_null_value (builder);
  add_time (builder, "updated_at", sqlite3_column_int64 (stmt, 9));
  add_review_due (builder, context, item_id, stmt);
  json_builder_end_object (builder);

  return TRUE;
}

static gboolean
add_evidence (JsonBuilder    *builder,
              VigilDatabase  *database,
              sqlite3_stmt   *stmt,
              const char     *item_id,
              GError        **error)
{
  int rc;

  sqlite3_reset (stmt);
  sqlite3_bind_text (stmt, 2, item_id, -1, SQLITE_TRANSIENT);

  json_builder_set_member_name (builder, "evidence");
  json_builder_begin_array (builder);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      json_builder_begin_object (builder);
      json_builder_set_member_name (builder, "id");
      json_builder_add_int_value (builder, sqlite3_column_int64 (stmt, 0));
      add_column_text (builder, "location", stmt, 1);
      add_column_text (builder, "description", stmt, 2);
      add_time (builder, "added_at", sqlite3_column_int64 (stmt, 3));
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  return rc == SQLITE_DONE || read_failed (database, error);
}

/* Every item with a state or evidence, by id; an item can have evidence and no state. */
static gboolean
add_items (JsonBuilder    *builder,
           VigilContext   *context,
           gint64          profile_id,
           GError        **error)
{
  VigilDatabase *database = vigil_context_get_database (context);
  g_autoptr(sqlite3_stmt) ids = NULL;
  g_autoptr(sqlite3_stmt) state = NULL;
  g_autoptr(sqlite3_stmt) evidence = NULL;
  int rc;

  ids = vigil_database_prepare (database,
                                "SELECT item_id FROM item_states WHERE profile_id = ?1 "
                                "UNION SELECT item_id FROM evidence WHERE profile_id = ?1 "
                                "ORDER BY 1", error);
  state = vigil_database_prepare (database,
                                  "SELECT status, reason, accepted_until, note, owner, due, "
                                  "completed_at, verified_at, recurrence_days, updated_at "
                                  "FROM item_states WHERE profile_id = ?1 AND item_id = ?2",
                                  error);
  evidence = vigil_database_prepare (database,
                                     "SELECT id, location, description, added_at FROM evidence "
                                     "WHERE profile_id = ?1 AND item_id = ?2 ORDER BY id",
                                     error);
  if (ids == NULL || state == NULL || evidence == NULL)
    return FALSE;
  sqlite3_bind_int64 (ids, 1, profile_id);
  sqlite3_bind_int64 (state, 1, profile_id);
  sqlite3_bind_int64 (evidence, 1, profile_id);

  json_builder_set_member_name (builder, "items");
  json_builder_begin_array (builder);
  while ((rc = sqlite3_step (ids)) == SQLITE_ROW)
    {
      g_autofree char *item_id = g_strdup ((const char *)sqlite3_column_text (ids, 0));

      json_builder_begin_object (builder);
      add_text (builder, "id", item_id);
      if (!add_state (builder, context, state, item_id, error) ||
          !add_evidence (builder, database, evidence, item_id, error))
        return FALSE;
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  return rc == SQLITE_DONE || read_failed (database, error);
}

static gboolean
add_history (JsonBuilder    *builder,
             VigilDatabase  *database,
             gint64          profile_id,
             GError        **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  stmt = vigil_database_prepare (database,
                                 "SELECT item_id, field, old_value, new_value, at, undone "
                                 "FROM history WHERE profile_id = ?1 ORDER BY id", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, profile_id);

  json_builder_set_member_name (builder, "history");
  json_builder_begin_array (builder);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      json_builder_begin_object (builder);
      add_column_text (builder, "item_id", stmt, 0);
      add_column_text (builder, "field", stmt, 1);
      add_embedded_json (builder, "old", (const char *)sqlite3_column_text (stmt, 2));
      add_embedded_json (builder, "new", (const char *)sqlite3_column_text (stmt, 3));
      add_time (builder, "at", sqlite3_column_int64 (stmt, 4));
      json_builder_set_member_name (builder, "undone");
      json_builder_add_boolean_value (builder, sqlite3_column_int (stmt, 5) != 0);
      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  return rc == SQLITE_DONE || read_failed (database, error);
}

/* Lessons came with schema 3 and joined format version 1 without a bump: every importer of
 * version 1 ignores top-level members it does not know, so an older Vigil still reads the
 * file (leaving the lessons out), and this one reads an older file, which has no "lessons",
 * as a profile without lessons. Guideline ids are in the order they are shown. */
static gboolean
add_lessons (JsonBuilder    *builder,
             VigilDatabase  *database,
             gint64          profile_id,
             GError        **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(sqlite3_stmt) guidelines = NULL;
  int rc;

  stmt = vigil_database_prepare (database,
                                 "SELECT id, name, created_at, updated_at FROM lessons "
                                 "WHERE profile_id = ?1 ORDER BY id", error);
  guidelines = vigil_database_prepare (database,
                                       "SELECT guideline_id FROM lesson_guidelines "
                                       "WHERE lesson_id = ?1 ORDER BY position", error);
  if (stmt == NULL || guidelines == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, profile_id);

  json_builder_set_member_name (builder, "lessons");
  json_builder_begin_array (builder);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      json_builder_begin_object (builder);
      add_column_text (builder, "name", stmt, 1);
      add_time (builder, "created_at", sqlite3_column_int64 (stmt, 2));
      add_time (builder, "updated_at", sqlite3_column_int64 (stmt, 3));

      sqlite3_reset (guidelines);
      sqlite3_bind_int64 (guidelines, 1, sqlite3_column_int64 (stmt, 0));
      json_builder_set_member_name (builder, "guideline_ids");
      json_builder_begin_array (builder);
      while ((rc = sqlite3_step (guidelines)) == SQLITE_ROW)
        json_builder_add_string_value (builder,
                                       (const char *)sqlite3_column_text (guidelines, 0));
      json_builder_end_array (builder);
      if (rc != SQLITE_DONE)
        return read_failed (database, error);

      json_builder_end_object (builder);
    }
  json_builder_end_array (builder);

  return rc == SQLITE_DONE || read_failed (database, error);
}

/**
 * vigil_export_json_render_at:
 * @exported_at: the time to write as the export time (µs since the epoch)
 *
 * Like vigil_export_json_render(), with the export time given, which tests fix.
 *
 * Returns: (transfer full): UTF-8 JSON, or %NULL with @error set
 */
GBytes *
vigil_export_json_render_at (VigilContext  *context,
                             gint64         profile_id,
                             gint64         exported_at,
                             GError       **error)
{
  VigilDatabase *database;
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  gboolean ok;
  char *json;
  gsize length;

  g_return_val_if_fail (VIGIL_IS_CONTEXT (context), NULL);

  database = vigil_context_get_database (context);

  /* One read transaction: a change made meanwhile by the window cannot tear the export. */
  if (!vigil_database_exec (database, "BEGIN", error))
    return NULL;

  json_builder_begin_object (builder);
  add_text (builder, "format", VIGIL_EXPORT_JSON_FORMAT);
  json_builder_set_member_name (builder, "version");
  json_builder_add_int_value (builder, VIGIL_EXPORT_JSON_VERSION);
  add_text (builder, "app_version", PACKAGE_VERSION);
  add_time (builder, "exported_at", exported_at);
  ok = add_profile (builder, database, profile_id, error) &&
       add_custom_items (builder, database, profile_id, error) &&
       add_items (builder, context, profile_id, error) &&
       add_history (builder, database, profile_id, error) &&
       add_lessons (builder, database, profile_id, error);

  vigil_database_rollback (database);
  if (!ok)
    return NULL;

  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);
  json_generator_set_pretty (generator, TRUE);
  json_generator_set_indent (generator, 2);
  json = json_generator_to_data (generator, &length);

  /* A final newline, as text files have. */
  json = g_realloc (json, length + 2);
  json[length] = '\n';
  json[length + 1] = '\0';

  return g_bytes_new_take (json, length + 1);
}

/**
 * vigil_export_json_render:
 *
 * Renders a whole profile (answers, item states, evidence, own steps, history, lessons) as
 * a Vigil JSON file, which vigil_import_plan() reads back.
 *
 * Returns: (transfer full): UTF-8 JSON, or %NULL with @error set
 */
GBytes *
vigil_export_json_render (VigilContext  *context,
                          gint64         profile_id,
                          GError       **error)
{
  return vigil_export_json_render_at (context, profile_id, g_get_real_time (), error);
}
