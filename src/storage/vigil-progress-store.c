/* vigil-progress-store.c
 *
 * Copyright 2026 The Vigil developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vigil-progress-store"

#include "config.h"

#include <json-glib/json-glib.h>

#include "vigil-history.h"
#include "vigil-progress-store.h"
#include "vigil-undo-private.h"

/* Each change is one transaction: the new state, and a history event holding the old and new
 * values of what changed (as JSON objects), which is what undo restores. */

struct _VigilProgressStore
{
  GObject        parent_instance;

  VigilDatabase *database;
};

G_DEFINE_FINAL_TYPE (VigilProgressStore, vigil_progress_store, G_TYPE_OBJECT)
G_DEFINE_QUARK (vigil-progress-error-quark, vigil_progress_error)

enum {
  ITEM_CHANGED,
  N_SIGNALS
};

static guint signals [N_SIGNALS];

static const char *select_sql =
  "SELECT status, reason, accepted_until, note, owner, due, completed_at, verified_at, "
  "recurrence_days, updated_at FROM item_states WHERE profile_id = ?1 AND item_id = ?2";

static const char *select_all_sql =
  "SELECT status, reason, accepted_until, note, owner, due, completed_at, verified_at, "
  "recurrence_days, updated_at, item_id FROM item_states WHERE profile_id = ?1";

static const char *upsert_sql =
  "INSERT INTO item_states (profile_id, item_id, status, reason, accepted_until, note, owner, "
  "due, completed_at, verified_at, recurrence_days, updated_at) "
  "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12) "
  "ON CONFLICT (profile_id, item_id) DO UPDATE SET status = excluded.status, "
  "reason = excluded.reason, accepted_until = excluded.accepted_until, note = excluded.note, "
  "owner = excluded.owner, due = excluded.due, completed_at = excluded.completed_at, "
  "verified_at = excluded.verified_at, recurrence_days = excluded.recurrence_days, "
  "updated_at = excluded.updated_at";

static void
vigil_progress_store_dispose (GObject *object)
{
  VigilProgressStore *self = (VigilProgressStore *)object;

  g_clear_object (&self->database);

  G_OBJECT_CLASS (vigil_progress_store_parent_class)->dispose (object);
}

static void
vigil_progress_store_class_init (VigilProgressStoreClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = vigil_progress_store_dispose;

  /**
   * VigilProgressStore::item-changed:
   * @profile_id: the profile whose state changed
   * @item_id: the checklist item
   *
   * Emitted after a change has been committed to the database.
   */
  signals [ITEM_CHANGED] =
    g_signal_new ("item-changed",
                  G_TYPE_FROM_CLASS (klass),
                  G_SIGNAL_RUN_LAST,
                  0, NULL, NULL, NULL,
                  G_TYPE_NONE, 2, G_TYPE_INT64, G_TYPE_STRING);
}

static void
vigil_progress_store_init (VigilProgressStore *self)
{
}

VigilProgressStore *
vigil_progress_store_new (VigilDatabase *database)
{
  VigilProgressStore *self;

  g_return_val_if_fail (VIGIL_IS_DATABASE (database), NULL);

  self = g_object_new (VIGIL_TYPE_PROGRESS_STORE, NULL);
  self->database = g_object_ref (database);

  return self;
}

static char *
dup_column (sqlite3_stmt *stmt,
            int           column)
{
  return g_strdup ((const char *)sqlite3_column_text (stmt, column));
}

static VigilItemState *
state_from_row (sqlite3_stmt *stmt)
{
  VigilItemState *state = vigil_item_state_new ();

  vigil_item_status_from_id ((const char *)sqlite3_column_text (stmt, 0), &state->status);
  state->reason = dup_column (stmt, 1);
  state->accepted_until = dup_column (stmt, 2);
  state->note = dup_column (stmt, 3);
  state->owner = dup_column (stmt, 4);
  state->due = dup_column (stmt, 5);
  state->completed_at = sqlite3_column_int64 (stmt, 6);
  state->verified_at = sqlite3_column_int64 (stmt, 7);
  state->recurrence_days = sqlite3_column_int (stmt, 8);
  state->updated_at = sqlite3_column_int64 (stmt, 9);

  return state;
}

static VigilItemState *
read_state (VigilProgressStore *self,
            gint64              profile_id,
            const char         *item_id)
{
  g_autoptr(sqlite3_stmt) stmt = vigil_database_prepare (self->database, select_sql, NULL);

  if (stmt == NULL)
    return vigil_item_state_new ();

  sqlite3_bind_int64 (stmt, 1, profile_id);
  sqlite3_bind_text (stmt, 2, item_id, -1, SQLITE_STATIC);

  if (sqlite3_step (stmt) != SQLITE_ROW)
    return vigil_item_state_new ();

  return state_from_row (stmt);
}

/**
 * vigil_progress_store_put_state:
 * @state: what to store, with its own `updated_at`
 *
 * Writes @state as it is: no history entry, no signal, no transaction of its own. For callers
 * inside a transaction that record history themselves, such as the importer.
 */
gboolean
vigil_progress_store_put_state (VigilProgressStore    *self,
             gint64                 profile_id,
             const char            *item_id,
             const VigilItemState  *state,
             GError               **error)
{
  g_autoptr(sqlite3_stmt) stmt = vigil_database_prepare (self->database, upsert_sql, error);

  if (stmt == NULL)
    return FALSE;

  sqlite3_bind_int64 (stmt, 1, profile_id);
  sqlite3_bind_text (stmt, 2, item_id, -1, SQLITE_STATIC);
  sqlite3_bind_text (stmt, 3, vigil_item_status_to_id (state->status), -1, SQLITE_STATIC);
  vigil_database_bind_text_or_null (stmt, 4, state->reason);
  vigil_database_bind_text_or_null (stmt, 5, state->accepted_until);
  vigil_database_bind_text_or_null (stmt, 6, state->note);
  vigil_database_bind_text_or_null (stmt, 7, state->owner);
  vigil_database_bind_text_or_null (stmt, 8, state->due);
  vigil_database_bind_time_or_null (stmt, 9, state->completed_at);
  vigil_database_bind_time_or_null (stmt, 10, state->verified_at);
  if (state->recurrence_days > 0)
    sqlite3_bind_int (stmt, 11, state->recurrence_days);
  else
    sqlite3_bind_null (stmt, 11);
  sqlite3_bind_int64 (stmt, 12, state->updated_at);

  return vigil_database_step_done (self->database, stmt, error);
}

/* The fields that differ between two states, with the values of @state, as a JSON object. */
static char *
changed_fields_json (const VigilItemState *state,
                     const VigilItemState *other)
{
  g_autoptr(JsonBuilder) builder = json_builder_new_immutable ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;
  const struct { const char *name; const char *value; const char *other; } texts[] = {
    { "reason", state->reason, other->reason },
    { "accepted_until", state->accepted_until, other->accepted_until },
    { "note", state->note, other->note },
    { "owner", state->owner, other->owner },
    { "due", state->due, other->due },
  };
  const struct { const char *name; gint64 value; gint64 other; } times[] = {
    { "completed_at", state->completed_at, other->completed_at },
    { "verified_at", state->verified_at, other->verified_at },
  };

  json_builder_begin_object (builder);
  if (state->status != other->status)
    {
      json_builder_set_member_name (builder, "status");
      json_builder_add_string_value (builder, vigil_item_status_to_id (state->status));
    }
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      if (g_strcmp0 (texts[i].value, texts[i].other) == 0)
        continue;
      json_builder_set_member_name (builder, texts[i].name);
      if (texts[i].value != NULL)
        json_builder_add_string_value (builder, texts[i].value);
      else
        json_builder_add_null_value (builder);
    }
  for (guint i = 0; i < G_N_ELEMENTS (times); i++)
    {
      if (times[i].value == times[i].other)
        continue;
      json_builder_set_member_name (builder, times[i].name);
      json_builder_add_int_value (builder, times[i].value);
    }
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);

  return json_generator_to_data (generator, NULL);
}

static void
apply_json (VigilItemState *state,
            const char     *json)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  char **texts[] = { &state->reason, &state->accepted_until, &state->note, &state->owner,
                     &state->due };
  const char * const text_names[] = { "reason", "accepted_until", "note", "owner", "due" };
  JsonObject *object;

  if (!json_parser_load_from_data (parser, json, -1, NULL) ||
      !JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    return;

  object = json_node_get_object (json_parser_get_root (parser));

  if (json_object_has_member (object, "status"))
    vigil_item_status_from_id (json_object_get_string_member (object, "status"), &state->status);
  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      if (!json_object_has_member (object, text_names[i]))
        continue;
      g_free (*texts[i]);
      *texts[i] = g_strdup (json_object_get_string_member_with_default (object, text_names[i],
                                                                        NULL));
    }
  if (json_object_has_member (object, "completed_at"))
    state->completed_at = json_object_get_int_member (object, "completed_at");
  if (json_object_has_member (object, "verified_at"))
    state->verified_at = json_object_get_int_member (object, "verified_at");
}


typedef void (*Mutation) (VigilItemState *state,
                          gpointer        data);

/* Reads the state, applies @mutate, and stores the result with its history event, all in one
 * transaction; nothing is written when nothing changes. */
static gboolean
change (VigilProgressStore  *self,
        gint64               profile_id,
        const char          *item_id,
        Mutation             mutate,
        gpointer             data,
        GError             **error)
{
  g_autoptr(VigilItemState) before = NULL;
  g_autoptr(VigilItemState) after = NULL;
  g_autofree char *old_json = NULL;
  g_autofree char *new_json = NULL;
  gint64 now = g_get_real_time ();

  if (!vigil_database_begin (self->database, error))
    return FALSE;

  before = read_state (self, profile_id, item_id);
  after = vigil_item_state_copy (before);
  mutate (after, data);

  new_json = changed_fields_json (after, before);
  if (g_str_equal (new_json, "{}"))
    return vigil_database_commit (self->database, error);

  old_json = changed_fields_json (before, after);
  after->updated_at = now;

  if (!vigil_progress_store_put_state (self, profile_id, item_id, after, error) ||
      !vigil_history_append (self->database, profile_id, item_id, "state", old_json, new_json,
                             now, error) ||
      !vigil_database_commit (self->database, error))
    {
      vigil_database_rollback (self->database);
      return FALSE;
    }

  g_signal_emit (self, signals [ITEM_CHANGED], 0, profile_id, item_id);

  return TRUE;
}

static gboolean
is_date (const char *text)
{
  g_autofree char *iso = NULL;
  g_autoptr(GDateTime) date = NULL;

  if (text == NULL || strlen (text) != 10 || text[4] != '-' || text[7] != '-')
    return FALSE;

  iso = g_strconcat (text, "T00:00:00Z", NULL);
  date = g_date_time_new_from_iso8601 (iso, NULL);

  return date != NULL;
}

static gboolean
is_blank (const char *text)
{
  g_autofree char *copy = g_strdup (text);

  return copy == NULL || *g_strstrip (copy) == '\0';
}

typedef struct
{
  VigilItemStatus  status;
  const char      *reason;
  const char      *accepted_until;
  gint64           now;
} StatusChange;

static void
apply_status (VigilItemState *state,
              gpointer        data)
{
  StatusChange *change_data = data;
  gboolean explained = change_data->status == VIGIL_ITEM_STATUS_NOT_APPLICABLE ||
                       change_data->status == VIGIL_ITEM_STATUS_RISK_ACCEPTED;

  if (change_data->status == VIGIL_ITEM_STATUS_DONE && state->status != VIGIL_ITEM_STATUS_DONE)
    state->completed_at = change_data->now;
  else if (change_data->status != VIGIL_ITEM_STATUS_DONE)
    state->completed_at = 0;

  state->status = change_data->status;

  g_free (state->reason);
  state->reason = explained ? g_strdup (change_data->reason) : NULL;
  g_free (state->accepted_until);
  state->accepted_until = change_data->status == VIGIL_ITEM_STATUS_RISK_ACCEPTED
                          ? g_strdup (change_data->accepted_until) : NULL;
}

/**
 * vigil_progress_store_set_status:
 * @reason: (nullable): required for not applicable and risk accepted
 * @accepted_until: (nullable): YYYY-MM-DD, required for risk accepted
 *
 * Sets an item's status; marking it done records when. Refused with a #VigilProgressError,
 * and nothing stored, when a required reason or date is missing.
 */
gboolean
vigil_progress_store_set_status (VigilProgressStore  *self,
                                 gint64               profile_id,
                                 const char          *item_id,
                                 VigilItemStatus      status,
                                 const char          *reason,
                                 const char          *accepted_until,
                                 GError             **error)
{
  StatusChange change_data = { status, reason, accepted_until, g_get_real_time () };

  g_return_val_if_fail (VIGIL_IS_PROGRESS_STORE (self), FALSE);
  g_return_val_if_fail (item_id != NULL, FALSE);
  g_return_val_if_fail (status <= VIGIL_ITEM_STATUS_RISK_ACCEPTED, FALSE);

  if ((status == VIGIL_ITEM_STATUS_NOT_APPLICABLE || status == VIGIL_ITEM_STATUS_RISK_ACCEPTED) &&
      is_blank (reason))
    {
      g_set_error (error, VIGIL_PROGRESS_ERROR, VIGIL_PROGRESS_ERROR_REASON_REQUIRED,
                   "Say why the item is %s", status == VIGIL_ITEM_STATUS_NOT_APPLICABLE
                                              ? "not applicable" : "an accepted risk");
      return FALSE;
    }

  if (status == VIGIL_ITEM_STATUS_RISK_ACCEPTED && !is_date (accepted_until))
    {
      g_set_error (error, VIGIL_PROGRESS_ERROR, VIGIL_PROGRESS_ERROR_INVALID_DATE,
                   "An accepted risk needs the date until which it is accepted (YYYY-MM-DD)");
      return FALSE;
    }

  return change (self, profile_id, item_id, apply_status, &change_data, error);
}

typedef struct
{
  VigilItemField  field;
  const char     *value;
} TextChange;

static void
apply_text (VigilItemState *state,
            gpointer        data)
{
  TextChange *change_data = data;
  char **target = change_data->field == VIGIL_ITEM_FIELD_NOTE ? &state->note
                  : change_data->field == VIGIL_ITEM_FIELD_OWNER ? &state->owner
                  : &state->due;

  g_free (*target);
  *target = is_blank (change_data->value) ? NULL : g_strdup (change_data->value);
}

/**
 * vigil_progress_store_set_text:
 * @value: (nullable): the new note, owner or due date (YYYY-MM-DD); empty clears it
 */
gboolean
vigil_progress_store_set_text (VigilProgressStore  *self,
                               gint64               profile_id,
                               const char          *item_id,
                               VigilItemField       field,
                               const char          *value,
                               GError             **error)
{
  TextChange change_data = { field, value };

  g_return_val_if_fail (VIGIL_IS_PROGRESS_STORE (self), FALSE);
  g_return_val_if_fail (item_id != NULL, FALSE);

  if (field == VIGIL_ITEM_FIELD_DUE && !is_blank (value) && !is_date (value))
    {
      g_set_error (error, VIGIL_PROGRESS_ERROR, VIGIL_PROGRESS_ERROR_INVALID_DATE,
                   "“%s” is not a date of the form YYYY-MM-DD", value);
      return FALSE;
    }

  return change (self, profile_id, item_id, apply_text, &change_data, error);
}

static void
apply_verified (VigilItemState *state,
                gpointer        data)
{
  state->verified_at = *(gint64 *)data;
}

/**
 * vigil_progress_store_verify:
 *
 * Records that a done item was checked and is still in place, which restarts its review
 * period.
 */
gboolean
vigil_progress_store_verify (VigilProgressStore  *self,
                             gint64               profile_id,
                             const char          *item_id,
                             GError             **error)
{
  gint64 now = g_get_real_time ();

  g_return_val_if_fail (VIGIL_IS_PROGRESS_STORE (self), FALSE);
  g_return_val_if_fail (item_id != NULL, FALSE);

  return change (self, profile_id, item_id, apply_verified, &now, error);
}

/**
 * vigil_progress_store_undo:
 *
 * Reverts the profile's last change that is not yet undone (a state change, evidence added
 * or removed, a custom item added, renamed or removed), recording the undo as a change of its
 * own.
 *
 * Returns: (transfer full) (nullable): the id of the item that changed back, or %NULL with
 *   @error set (%VIGIL_PROGRESS_ERROR_NOTHING_TO_UNDO when there is none)
 */
char *
vigil_progress_store_undo (VigilProgressStore  *self,
                           gint64               profile_id,
                           GError             **error)
{
  g_autoptr(sqlite3_stmt) last = NULL;
  g_autoptr(sqlite3_stmt) mark = NULL;
  g_autoptr(VigilItemState) state = NULL;
  g_autofree char *item_id = NULL;
  g_autofree char *old_json = NULL;
  g_autofree char *new_json = NULL;
  g_autofree char *field = NULL;
  gint64 event, now = g_get_real_time ();

  g_return_val_if_fail (VIGIL_IS_PROGRESS_STORE (self), NULL);

  if (!vigil_database_begin (self->database, error))
    return NULL;

  last = vigil_database_prepare (self->database,
                                 "SELECT id, item_id, old_value, new_value, field FROM history "
                                 "WHERE profile_id = ?1 AND undone = 0 "
                                 "AND field IN ('state', 'evidence', 'custom-item') "
                                 "ORDER BY id DESC LIMIT 1", error);
  if (last == NULL)
    goto failed;
  sqlite3_bind_int64 (last, 1, profile_id);
  if (sqlite3_step (last) != SQLITE_ROW)
    {
      vigil_database_rollback (self->database);
      g_set_error (error, VIGIL_PROGRESS_ERROR, VIGIL_PROGRESS_ERROR_NOTHING_TO_UNDO,
                   "There is no change to undo");
      return NULL;
    }

  event = sqlite3_column_int64 (last, 0);
  item_id = dup_column (last, 1);
  old_json = dup_column (last, 2);
  new_json = dup_column (last, 3);
  field = dup_column (last, 4);

  if (!g_str_equal (field, "state"))
    {
      g_autoptr(JsonObject) before = _vigil_undo_parse (old_json);
      g_autoptr(JsonObject) after = _vigil_undo_parse (new_json);
      gboolean ok = g_str_equal (field, "evidence")
                    ? _vigil_evidence_undo (self->database, profile_id, item_id, before, after,
                                            error)
                    : _vigil_custom_item_undo (self->database, profile_id, before, after, error);

      if (!ok)
        goto failed;
    }
  else
    {
      state = read_state (self, profile_id, item_id);
      apply_json (state, old_json);
      state->updated_at = now;
    }

  mark = vigil_database_prepare (self->database,
                                 "UPDATE history SET undone = 1 WHERE id = ?1", error);
  if (mark == NULL)
    goto failed;
  sqlite3_bind_int64 (mark, 1, event);

  if ((state != NULL &&
       !vigil_progress_store_put_state (self, profile_id, item_id, state, error)) ||
      !vigil_database_step_done (self->database, mark, error) ||
      !vigil_history_append (self->database, profile_id, item_id, "undo", new_json, old_json,
                             now, error) ||
      !vigil_database_commit (self->database, error))
    goto failed;

  g_signal_emit (self, signals [ITEM_CHANGED], 0, profile_id, item_id);

  return g_steal_pointer (&item_id);

failed:
  vigil_database_rollback (self->database);
  return NULL;
}

/**
 * vigil_progress_store_dup_states:
 *
 * Reads every item state of a profile at once, for counting progress.
 *
 * Returns: (transfer full) (element-type utf8 VigilItemState): item id → state; items never
 *   touched are absent. %NULL with @error set on failure
 */
GHashTable *
vigil_progress_store_dup_states (VigilProgressStore  *self,
                                 gint64               profile_id,
                                 GError             **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autoptr(GHashTable) states = NULL;
  int rc;

  g_return_val_if_fail (VIGIL_IS_PROGRESS_STORE (self), NULL);

  stmt = vigil_database_prepare (self->database, select_all_sql, error);
  if (stmt == NULL)
    return NULL;
  sqlite3_bind_int64 (stmt, 1, profile_id);

  states = g_hash_table_new_full (g_str_hash, g_str_equal, g_free,
                                  (GDestroyNotify)vigil_item_state_free);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_hash_table_insert (states, dup_column (stmt, 10), state_from_row (stmt));

  if (rc != SQLITE_DONE)
    {
      vigil_database_set_error (self->database, error, "Could not read the progress");
      return NULL;
    }

  return g_steal_pointer (&states);
}

/**
 * vigil_progress_store_count_history:
 *
 * Returns: how many changes (undos included) the profile's history holds
 */
guint
vigil_progress_store_count_history (VigilProgressStore *self,
                                    gint64              profile_id)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;

  g_return_val_if_fail (VIGIL_IS_PROGRESS_STORE (self), 0);

  stmt = vigil_database_prepare (self->database,
                                 "SELECT count(*) FROM history WHERE profile_id = ?1", NULL);
  if (stmt == NULL)
    return 0;
  sqlite3_bind_int64 (stmt, 1, profile_id);

  return sqlite3_step (stmt) == SQLITE_ROW ? sqlite3_column_int (stmt, 0) : 0;
}

/**
 * vigil_progress_store_dup_state:
 *
 * Returns: (transfer full): the item's state; an untouched item is "to do"
 */
VigilItemState *
vigil_progress_store_dup_state (VigilProgressStore *self,
                                gint64              profile_id,
                                const char         *item_id)
{
  g_return_val_if_fail (VIGIL_IS_PROGRESS_STORE (self), NULL);
  g_return_val_if_fail (item_id != NULL, NULL);

  return read_state (self, profile_id, item_id);
}

/**
 * vigil_progress_store_get_done:
 *
 * Returns: whether @item_id is done for @profile_id
 */
gboolean
vigil_progress_store_get_done (VigilProgressStore *self,
                               gint64              profile_id,
                               const char         *item_id)
{
  g_autoptr(VigilItemState) state = vigil_progress_store_dup_state (self, profile_id, item_id);

  return state != NULL && state->status == VIGIL_ITEM_STATUS_DONE;
}

/**
 * vigil_progress_store_get_updated_at:
 *
 * Returns: when the item's state last changed, in microseconds since the Unix epoch,
 *   or 0 when it never did
 */
gint64
vigil_progress_store_get_updated_at (VigilProgressStore *self,
                                     gint64              profile_id,
                                     const char         *item_id)
{
  g_autoptr(VigilItemState) state = vigil_progress_store_dup_state (self, profile_id, item_id);

  return state != NULL ? state->updated_at : 0;
}

/**
 * vigil_progress_store_set_done:
 *
 * Marks an item done or back to do, as a household checklist does.
 */
gboolean
vigil_progress_store_set_done (VigilProgressStore  *self,
                               gint64               profile_id,
                               const char          *item_id,
                               gboolean             done,
                               GError             **error)
{
  return vigil_progress_store_set_status (self, profile_id, item_id,
                                          done ? VIGIL_ITEM_STATUS_DONE : VIGIL_ITEM_STATUS_TODO,
                                          NULL, NULL, error);
}
