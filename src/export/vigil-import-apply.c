/* vigil-import-apply.c
 *
 * Copyright 2026 The Vigil developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vigil-import"

#include "config.h"


#include "vigil-context-private.h"
#include "vigil-import-private.h"

/* The writes of an import, all in one transaction, straight in SQL (item states through the
 * store's transaction-less writer): the stores' usual calls each open a transaction of their
 * own, which SQLite cannot nest. The file was validated against the
 * same rules the database enforces, so a failure here is the database's (full, read-only)
 * and rolls everything back. */

typedef struct
{
  VigilDatabase      *database;
  VigilProgressStore *progress;
  VigilImportPlan    *plan;
  gint64              profile_id;
  gint64              now;
  GHashTable         *evidence_ids;   /* file's evidence id → new id (gint64 *) */
} Apply;

static char *
generate (JsonObject *object)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) node = NULL;

  if (object == NULL)
    return NULL;

  node = json_node_init_object (json_node_alloc (), object);
  json_generator_set_root (generator, node);

  return json_generator_to_data (generator, NULL);
}

static gboolean
append_history (Apply       *apply,
                const char  *item_id,
                const char  *field,
                JsonObject  *old_value,
                JsonObject  *new_value,
                gint64       at,
                gboolean     undone,
                GError     **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  g_autofree char *old_json = generate (old_value);
  g_autofree char *new_json = generate (new_value);

  stmt = vigil_database_prepare (apply->database,
                                 "INSERT INTO history (profile_id, item_id, field, old_value, "
                                 "new_value, at, undone) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
                                 error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, apply->profile_id);
  vigil_database_bind_text_or_null (stmt, 2, item_id);
  vigil_database_bind_text_or_null (stmt, 3, field);
  vigil_database_bind_text_or_null (stmt, 4, old_json);
  vigil_database_bind_text_or_null (stmt, 5, new_json);
  sqlite3_bind_int64 (stmt, 6, at);
  sqlite3_bind_int (stmt, 7, undone);

  return vigil_database_step_done (apply->database, stmt, error);
}

static gboolean
insert_profile (Apply   *apply,
                GError **error)
{
  VigilImportData *data = apply->plan->data;
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = vigil_database_prepare (apply->database,
                                 "INSERT INTO profiles (name, kind, answers, created_at, "
                                 "archived_at) VALUES (?1, ?2, ?3, ?4, ?5)", error);
  if (stmt == NULL)
    return FALSE;
  vigil_database_bind_text_or_null (stmt, 1, apply->plan->target_name);
  vigil_database_bind_text_or_null (stmt, 2, vigil_profile_kind_to_id (data->kind));
  vigil_database_bind_text_or_null (stmt, 3, data->answers);
  sqlite3_bind_int64 (stmt, 4, data->created_at);
  vigil_database_bind_time_or_null (stmt, 5, data->archived_at);

  if (!vigil_database_step_done (apply->database, stmt, error))
    return FALSE;

  apply->profile_id = sqlite3_last_insert_rowid (vigil_database_get_handle (apply->database));

  return TRUE;
}

static JsonObject *
custom_json (gint64      number,
             const char *guideline_id,
             const char *title)
{
  JsonObject *object = json_object_new ();

  json_object_set_int_member (object, "id", number);
  if (guideline_id != NULL)
    json_object_set_string_member (object, "guideline_id", guideline_id);
  else
    json_object_set_null_member (object, "guideline_id");
  json_object_set_string_member (object, "title", title);

  return object;
}

static gboolean
insert_custom_items (Apply   *apply,
                     GError **error)
{
  VigilImportPlan *plan = apply->plan;
  g_autoptr(sqlite3_stmt) stmt = NULL;

  stmt = vigil_database_prepare (apply->database,
                                 "INSERT INTO custom_items (profile_id, guideline_id, title, "
                                 "created_at) VALUES (?1, ?2, ?3, ?4)", error);
  if (stmt == NULL)
    return FALSE;

  for (guint i = 0; i < plan->data->custom->len; i++)
    {
      VigilImportCustom *custom = g_ptr_array_index (plan->data->custom, i);
      gint64 number;

      if (g_hash_table_contains (plan->custom_targets, &custom->number))
        continue;

      sqlite3_reset (stmt);
      sqlite3_bind_int64 (stmt, 1, apply->profile_id);
      vigil_database_bind_text_or_null (stmt, 2, custom->guideline_id);
      vigil_database_bind_text_or_null (stmt, 3, custom->title);
      sqlite3_bind_int64 (stmt, 4, custom->created_at);
      if (!vigil_database_step_done (apply->database, stmt, error))
        return FALSE;

      number = sqlite3_last_insert_rowid (vigil_database_get_handle (apply->database));
      g_hash_table_insert (plan->custom_targets, &custom->number,
                           g_memdup2 (&number, sizeof number));

      if (!plan->summary.new_profile)
        {
          g_autofree char *item_id = g_strdup_printf ("custom.%" G_GINT64_FORMAT, number);
          g_autoptr(JsonObject) after = custom_json (number, custom->guideline_id,
                                                     custom->title);

          if (!append_history (apply, item_id, "custom-item", NULL, after, apply->now, FALSE,
                               error))
            return FALSE;
        }
    }

  return TRUE;
}

/* In file order, which is the order of the original's ids, so that a copy lists them alike;
 * with the file's times, as own steps keep theirs. */
static gboolean
insert_lessons (Apply   *apply,
                GError **error)
{
  VigilImportPlan *plan = apply->plan;
  g_autoptr(sqlite3_stmt) lesson = NULL;
  g_autoptr(sqlite3_stmt) guideline = NULL;

  lesson = vigil_database_prepare (apply->database,
                                   "INSERT INTO lessons (profile_id, name, created_at, "
                                   "updated_at) VALUES (?1, ?2, ?3, ?4)", error);
  guideline = vigil_database_prepare (apply->database,
                                      "INSERT INTO lesson_guidelines (lesson_id, position, "
                                      "guideline_id) VALUES (?1, ?2, ?3)", error);
  if (lesson == NULL || guideline == NULL)
    return FALSE;

  for (guint i = 0; i < plan->data->lessons->len; i++)
    {
      VigilImportLesson *entry = g_ptr_array_index (plan->data->lessons, i);
      gint64 lesson_id;

      if (!g_hash_table_contains (plan->lessons_to_add, entry))
        continue;

      sqlite3_reset (lesson);
      sqlite3_bind_int64 (lesson, 1, apply->profile_id);
      vigil_database_bind_text_or_null (lesson, 2, entry->name);
      sqlite3_bind_int64 (lesson, 3, entry->created_at);
      sqlite3_bind_int64 (lesson, 4, entry->updated_at);
      if (!vigil_database_step_done (apply->database, lesson, error))
        return FALSE;

      lesson_id = sqlite3_last_insert_rowid (vigil_database_get_handle (apply->database));
      for (guint p = 0; entry->guideline_ids[p] != NULL; p++)
        {
          sqlite3_reset (guideline);
          sqlite3_bind_int64 (guideline, 1, lesson_id);
          sqlite3_bind_int (guideline, 2, p);
          vigil_database_bind_text_or_null (guideline, 3, entry->guideline_ids[p]);
          if (!vigil_database_step_done (apply->database, guideline, error))
            return FALSE;
        }
    }

  return TRUE;
}

/* Every field undo restores, so that undoing a merged change brings back all of the state. */
static JsonObject *
state_json (const VigilItemState *state)
{
  JsonObject *object = json_object_new ();
  const char * const names[] = { "reason", "accepted_until", "note", "owner", "due" };
  const char * const values[] = { state->reason, state->accepted_until, state->note,
                                  state->owner, state->due };

  json_object_set_string_member (object, "status", vigil_item_status_to_id (state->status));
  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      if (values[i] != NULL)
        json_object_set_string_member (object, names[i], values[i]);
      else
        json_object_set_null_member (object, names[i]);
    }
  json_object_set_int_member (object, "completed_at", state->completed_at);
  json_object_set_int_member (object, "verified_at", state->verified_at);

  return object;
}

static JsonObject *
evidence_json (gint64               id,
               const VigilEvidence *evidence)
{
  JsonObject *object = json_object_new ();

  json_object_set_int_member (object, "id", id);
  json_object_set_string_member (object, "location", evidence->location);
  if (evidence->description != NULL)
    json_object_set_string_member (object, "description", evidence->description);
  else
    json_object_set_null_member (object, "description");

  return object;
}

static gboolean
insert_evidence (Apply                *apply,
                 const char           *item_id,
                 const VigilEvidence  *evidence,
                 GError              **error)
{
  g_autoptr(sqlite3_stmt) stmt = NULL;
  gint64 id;

  stmt = vigil_database_prepare (apply->database,
                                 "INSERT INTO evidence (profile_id, item_id, location, "
                                 "description, added_at) VALUES (?1, ?2, ?3, ?4, ?5)", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, apply->profile_id);
  vigil_database_bind_text_or_null (stmt, 2, item_id);
  vigil_database_bind_text_or_null (stmt, 3, evidence->location);
  vigil_database_bind_text_or_null (stmt, 4, evidence->description);
  sqlite3_bind_int64 (stmt, 5, evidence->added_at);
  if (!vigil_database_step_done (apply->database, stmt, error))
    return FALSE;

  id = sqlite3_last_insert_rowid (vigil_database_get_handle (apply->database));
  g_hash_table_insert (apply->evidence_ids, (gpointer)&evidence->id, g_memdup2 (&id, sizeof id));

  if (!apply->plan->summary.new_profile)
    {
      g_autoptr(JsonObject) after = evidence_json (id, evidence);

      return append_history (apply, item_id, "evidence", NULL, after, apply->now, FALSE, error);
    }

  return TRUE;
}

static gboolean
write_items (Apply   *apply,
             GError **error)
{
  VigilImportPlan *plan = apply->plan;

  for (guint i = 0; i < plan->data->items->len; i++)
    {
      VigilImportItem *item = g_ptr_array_index (plan->data->items, i);
      VigilImportAction action = g_array_index (plan->actions, VigilImportAction, i);
      g_autofree char *item_id = NULL;

      if (action == VIGIL_IMPORT_SKIP)
        continue;

      item_id = _vigil_import_target_id (plan, item->id, item->custom);
      g_assert (item_id != NULL);

      if (action == VIGIL_IMPORT_ADD || action == VIGIL_IMPORT_UPDATE)
        {
          /* The file's time is kept: merging the same file back then finds the two equal. */
          if (!vigil_progress_store_put_state (apply->progress, apply->profile_id, item_id,
                                               item->state, error))
            return FALSE;

          if (!plan->summary.new_profile)
            {
              VigilItemState *local = g_hash_table_lookup (plan->local_states, item_id);
              g_autoptr(VigilItemState) untouched = vigil_item_state_new ();
              g_autoptr(JsonObject) before = state_json (local != NULL ? local : untouched);
              g_autoptr(JsonObject) after = state_json (item->state);

              if (!append_history (apply, item_id, "state", before, after, apply->now, FALSE,
                                   error))
                return FALSE;
            }
        }

    }

  return TRUE;
}

typedef struct
{
  VigilImportItem *item;
  VigilEvidence   *evidence;
} EvidenceRef;

static int
compare_evidence (gconstpointer a,
                  gconstpointer b)
{
  const EvidenceRef *x = a, *y = b;

  return x->evidence->id < y->evidence->id ? -1 : x->evidence->id > y->evidence->id;
}

/* In the order of the file's ids, which is the order they were added in: a copy then lists
 * them, and numbers them, as the original did. */
static gboolean
write_evidence (Apply   *apply,
                GError **error)
{
  VigilImportPlan *plan = apply->plan;
  g_autoptr(GArray) refs = g_array_new (FALSE, FALSE, sizeof (EvidenceRef));

  for (guint i = 0; i < plan->data->items->len; i++)
    {
      VigilImportItem *item = g_ptr_array_index (plan->data->items, i);

      for (guint e = 0; e < item->evidence->len; e++)
        {
          EvidenceRef ref = { item, g_ptr_array_index (item->evidence, e) };

          if (g_hash_table_contains (plan->evidence_to_add, ref.evidence))
            g_array_append_val (refs, ref);
        }
    }
  g_array_sort (refs, compare_evidence);

  for (guint i = 0; i < refs->len; i++)
    {
      EvidenceRef *ref = &g_array_index (refs, EvidenceRef, i);
      g_autofree char *item_id = _vigil_import_target_id (plan, ref->item->id, ref->item->custom);

      g_assert (item_id != NULL);
      if (!insert_evidence (apply, item_id, ref->evidence, error))
        return FALSE;
    }

  return TRUE;
}

/* A history value with the file's ids of own steps and evidence turned into the new ones;
 * ids of evidence that was removed before the export have no new id and stay. */
static JsonObject *
remap_value (Apply      *apply,
             JsonObject *value)
{
  g_autoptr(GList) names = NULL;
  JsonObject *copy;
  gint64 id;
  gint64 *mapped = NULL;

  if (value == NULL)
    return NULL;

  copy = json_object_new ();
  names = json_object_get_members (value);
  for (GList *l = names; l != NULL; l = l->next)
    json_object_set_member (copy, l->data,
                            json_node_copy (json_object_get_member (value, l->data)));

  if (!json_object_has_member (copy, "id"))
    return copy;

  id = json_object_get_int_member (copy, "id");
  if (json_object_has_member (copy, "title"))
    mapped = g_hash_table_lookup (apply->plan->custom_targets, &id);
  else
    mapped = g_hash_table_lookup (apply->evidence_ids, &id);
  if (mapped != NULL)
    json_object_set_int_member (copy, "id", *mapped);

  return copy;
}

static gboolean
insert_history (Apply   *apply,
                GError **error)
{
  VigilImportPlan *plan = apply->plan;

  for (guint i = 0; i < plan->data->history->len; i++)
    {
      VigilImportEvent *event = g_ptr_array_index (plan->data->history, i);
      g_autofree char *item_id = NULL;
      g_autoptr(JsonObject) old_value = NULL;
      g_autoptr(JsonObject) new_value = NULL;

      if (_vigil_import_is_orphan (plan->data, event->custom))
        continue;

      item_id = _vigil_import_target_id (plan, event->item_id, event->custom);
      old_value = remap_value (apply, event->old_value);
      new_value = remap_value (apply, event->new_value);
      if (!append_history (apply, item_id, event->field, old_value, new_value, event->at,
                           event->undone, error))
        return FALSE;
    }

  return TRUE;
}

/**
 * vigil_import_apply:
 * @profile_id_out: (out) (optional): the profile the file went into
 *
 * Carries out @plan in one transaction: all of it, or with @error set, nothing. What it
 * does is decided again against the database as it is now, by the rules the plan
 * describes. When the profile is the current one, #VigilContext::profile-changed tells
 * the windows.
 */
gboolean
vigil_import_apply (VigilContext     *context,
                    VigilImportPlan  *plan,
                    gint64           *profile_id_out,
                    GError          **error)
{
  g_autoptr(GHashTable) evidence_ids = g_hash_table_new_full (g_int64_hash, g_int64_equal,
                                                              NULL, g_free);
  Apply apply = { 0 };

  g_return_val_if_fail (VIGIL_IS_CONTEXT (context), FALSE);
  g_return_val_if_fail (VIGIL_IS_IMPORT_PLAN (plan), FALSE);

  apply.database = vigil_context_get_database (context);
  apply.progress = vigil_context_get_progress_store (context);
  apply.plan = plan;
  apply.profile_id = plan->into_profile_id;
  apply.now = g_get_real_time ();
  apply.evidence_ids = evidence_ids;

  if (!vigil_database_begin (apply.database, error))
    return FALSE;

  if (!_vigil_import_plan_compute (plan, context, error) ||
      (plan->summary.new_profile && !insert_profile (&apply, error)) ||
      !insert_custom_items (&apply, error) ||
      !insert_lessons (&apply, error) ||
      !write_items (&apply, error) ||
      !write_evidence (&apply, error) ||
      (plan->summary.new_profile && !insert_history (&apply, error)) ||
      !vigil_database_commit (apply.database, error))
    {
      vigil_database_rollback (apply.database);
      return FALSE;
    }

  if (profile_id_out != NULL)
    *profile_id_out = apply.profile_id;

  if (plan->summary.lessons_added > 0)
    g_signal_emit_by_name (vigil_context_get_lesson_store (context), "changed",
                           apply.profile_id);
  if (apply.profile_id == vigil_context_get_profile_id (context))
    _vigil_context_reload_profile (context);

  return TRUE;
}
