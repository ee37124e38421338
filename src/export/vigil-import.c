/* vigil-import.c
 *
 * Copyright 2026 The Vigil developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vigil-import"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "vigil-import-private.h"

/* An import is planned first, as a dry run that changes nothing, and applied in one
 * transaction. Into a new profile, the file is copied whole, history included. Into an
 * existing profile it is merged:
 *
 * - an item state the profile lacks is added; where both have one and they differ, the one
 *   changed last (updated_at) wins, the profile's own on a tie, and each such conflict is
 *   listed;
 * - evidence and own steps are added unless the profile has the same already (same item,
 *   location and description; same guideline and title);
 * - a lesson is added unless the profile has one of the same name, which is kept as it is
 *   (a lesson is a whole the trainer composed: mixing two would make a third); lessons keep
 *   no history, so undo does not take an added one away;
 * - the profile's name, kind and answers stay: they carry no time to compare;
 * - the file's history stays out, since it tells another copy's story; the changes the
 *   merge makes are recorded in the profile's history instead, so undo reverts them.
 *
 * An item or guideline id this Vigil's catalog does not know refuses the whole file:
 * applying the rest would silently lose what the file says about it. The states of own steps that were
 * removed (kept by the app only for undo) are left out, since there is no step to hang
 * them on. */

G_DEFINE_FINAL_TYPE (VigilImportPlan, vigil_import_plan, G_TYPE_OBJECT)
G_DEFINE_QUARK (vigil-import-error-quark, vigil_import_error)

static void
conflict_free (gpointer data)
{
  VigilImportConflict *conflict = data;

  g_free (conflict->item_id);
  g_free (conflict->title);
  g_free (conflict);
}

/* Everything a plan works out from its data: dropped when it is planned again. */
static void
clear_plan (VigilImportPlan *self)
{
  g_clear_pointer (&self->target_name, g_free);
  g_clear_pointer (&self->actions, g_array_unref);
  g_clear_pointer (&self->custom_targets, g_hash_table_unref);
  g_clear_pointer (&self->evidence_to_add, g_hash_table_unref);
  g_clear_pointer (&self->local_states, g_hash_table_unref);
  g_clear_pointer (&self->lessons_to_add, g_hash_table_unref);
  g_clear_pointer (&self->conflicts, g_ptr_array_unref);
}

static void
vigil_import_plan_finalize (GObject *object)
{
  VigilImportPlan *self = (VigilImportPlan *)object;

  g_clear_pointer (&self->data, _vigil_import_data_free);
  clear_plan (self);

  G_OBJECT_CLASS (vigil_import_plan_parent_class)->finalize (object);
}

static void
vigil_import_plan_class_init (VigilImportPlanClass *klass)
{
  G_OBJECT_CLASS (klass)->finalize = vigil_import_plan_finalize;
}

static void
vigil_import_plan_init (VigilImportPlan *self)
{
}

static gboolean
same_state (const VigilItemState *a,
            const VigilItemState *b)
{
  return a->status == b->status &&
         g_strcmp0 (a->reason, b->reason) == 0 &&
         g_strcmp0 (a->accepted_until, b->accepted_until) == 0 &&
         g_strcmp0 (a->note, b->note) == 0 &&
         g_strcmp0 (a->owner, b->owner) == 0 &&
         g_strcmp0 (a->due, b->due) == 0 &&
         a->completed_at == b->completed_at &&
         a->verified_at == b->verified_at &&
         a->recurrence_days == b->recurrence_days;
}

static char *
custom_key (const char *guideline_id,
            const char *title)
{
  return g_strdup_printf ("%s\x1f%s", guideline_id != NULL ? guideline_id : "", title);
}

static char *
evidence_key (const char *item_id,
              const char *location,
              const char *description)
{
  return g_strdup_printf ("%s\x1f%s\x1f%s%s", item_id, location, description != NULL ? "+" : "-",
                          description != NULL ? description : "");
}

/**
 * _vigil_import_target_id:
 *
 * Returns: (transfer full) (nullable): the id @item_id has in the target: a catalog id is
 *   itself, an own step's is its matched step's; %NULL for a step still to be added
 */
char *
_vigil_import_target_id (VigilImportPlan *self,
                         const char      *item_id,
                         gint64           custom)
{
  gint64 *target;

  if (custom == 0)
    return g_strdup (item_id);

  target = g_hash_table_lookup (self->custom_targets, &custom);
  if (target == NULL)
    return NULL;

  return g_strdup_printf ("custom.%" G_GINT64_FORMAT, *target);
}

static const char *
item_title (VigilContext    *context,
            VigilImportData *data,
            VigilImportItem *item)
{
  VigilChecklistItem *catalog_item;

  for (guint i = 0; item->custom > 0 && i < data->custom->len; i++)
    {
      VigilImportCustom *custom = g_ptr_array_index (data->custom, i);

      if (custom->number == item->custom)
        return custom->title;
    }

  catalog_item = vigil_catalog_lookup_item (vigil_context_get_catalog (context), item->id);
  return catalog_item != NULL ? vigil_checklist_item_get_title (catalog_item) : item->id;
}

/* A unique name: two profiles of the same name could not be told apart on the command line. */
static char *
dup_free_name (VigilDatabase *database,
               const char    *name)
{
  g_autoptr(sqlite3_stmt) stmt = vigil_database_prepare (database,
                                                         "SELECT 1 FROM profiles WHERE name = ?1 "
                                                         "AND deleted_at IS NULL", NULL);
  char *candidate = g_strdup (name);

  for (guint n = 2; stmt != NULL; n++)
    {
      sqlite3_reset (stmt);
      sqlite3_bind_text (stmt, 1, candidate, -1, SQLITE_TRANSIENT);
      if (sqlite3_step (stmt) != SQLITE_ROW)
        break;
      g_free (candidate);
      candidate = g_strdup_printf ("%s (%u)", name, n);
    }

  return candidate;
}

/* The target's own steps (guideline and title → number), evidence (as keys) and the names
 * of its lessons. */
static gboolean
read_target (VigilImportPlan  *self,
             VigilContext     *context,
             GHashTable       *customs,
             GHashTable       *evidence,
             GHashTable       *lessons,
             GError          **error)
{
  VigilDatabase *database = vigil_context_get_database (context);
  g_autoptr(sqlite3_stmt) stmt = NULL;
  int rc;

  stmt = vigil_database_prepare (database,
                                 "SELECT id, guideline_id, title FROM custom_items "
                                 "WHERE profile_id = ?1 ORDER BY id", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, self->into_profile_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    {
      gint64 number = sqlite3_column_int64 (stmt, 0);
      char *key = custom_key ((const char *)sqlite3_column_text (stmt, 1),
                              (const char *)sqlite3_column_text (stmt, 2));

      if (!g_hash_table_contains (customs, key))
        g_hash_table_insert (customs, key, g_memdup2 (&number, sizeof number));
      else
        g_free (key);
    }
  if (rc != SQLITE_DONE)
    return vigil_database_set_error (database, error, "Could not read the own steps");

  g_clear_pointer (&stmt, sqlite3_finalize);
  stmt = vigil_database_prepare (database,
                                 "SELECT item_id, location, description FROM evidence "
                                 "WHERE profile_id = ?1", error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, self->into_profile_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_hash_table_add (evidence, evidence_key ((const char *)sqlite3_column_text (stmt, 0),
                                              (const char *)sqlite3_column_text (stmt, 1),
                                              (const char *)sqlite3_column_text (stmt, 2)));
  if (rc != SQLITE_DONE)
    return vigil_database_set_error (database, error, "Could not read the evidence");

  g_clear_pointer (&stmt, sqlite3_finalize);
  stmt = vigil_database_prepare (database, "SELECT name FROM lessons WHERE profile_id = ?1",
                                 error);
  if (stmt == NULL)
    return FALSE;
  sqlite3_bind_int64 (stmt, 1, self->into_profile_id);
  while ((rc = sqlite3_step (stmt)) == SQLITE_ROW)
    g_hash_table_add (lessons, g_strdup ((const char *)sqlite3_column_text (stmt, 0)));
  if (rc != SQLITE_DONE)
    return vigil_database_set_error (database, error, "Could not read the lessons");

  return TRUE;
}

static void
plan_item (VigilImportPlan *self,
           VigilContext    *context,
           VigilImportItem *item,
           GHashTable      *evidence)
{
  VigilImportData *data = self->data;
  g_autofree char *target_id = NULL;
  VigilImportAction action = VIGIL_IMPORT_NOTHING;
  VigilItemState *local = NULL;

  if (_vigil_import_is_orphan (data, item->custom))
    {
      self->summary.skipped++;
      action = VIGIL_IMPORT_SKIP;
      g_array_append_val (self->actions, action);
      return;
    }

  target_id = _vigil_import_target_id (self, item->id, item->custom);
  if (target_id != NULL)
    local = g_hash_table_lookup (self->local_states, target_id);

  if (item->state != NULL)
    {
      if (local == NULL)
        action = VIGIL_IMPORT_ADD;
      else if (same_state (item->state, local))
        action = VIGIL_IMPORT_UNCHANGED;
      else
        {
          VigilImportConflict *conflict = g_new0 (VigilImportConflict, 1);

          conflict->item_id = g_strdup (item->id);
          conflict->title = g_strdup (item_title (context, data, item));
          conflict->imported_wins = item->state->updated_at > local->updated_at;
          g_ptr_array_add (self->conflicts, conflict);
          action = conflict->imported_wins ? VIGIL_IMPORT_UPDATE : VIGIL_IMPORT_KEEP;
        }
    }
  g_array_append_val (self->actions, action);

  switch (action)
    {
    case VIGIL_IMPORT_ADD:
      self->summary.items_added++;
      break;
    case VIGIL_IMPORT_UPDATE:
      self->summary.items_updated++;
      break;
    case VIGIL_IMPORT_UNCHANGED:
      self->summary.items_unchanged++;
      break;
    case VIGIL_IMPORT_KEEP:
      self->summary.items_kept++;
      break;
    case VIGIL_IMPORT_SKIP:
    case VIGIL_IMPORT_NOTHING:
    default:
      break;
    }

  for (guint i = 0; i < item->evidence->len; i++)
    {
      VigilEvidence *entry = g_ptr_array_index (item->evidence, i);
      g_autofree char *key = target_id != NULL
                             ? evidence_key (target_id, entry->location, entry->description)
                             : NULL;

      /* Two equal entries in the file are both kept, as the file had both. */
      if (key == NULL || !g_hash_table_contains (evidence, key))
        {
          g_hash_table_add (self->evidence_to_add, entry);
          self->summary.evidence_added++;
        }
    }
}

/**
 * _vigil_import_plan_compute:
 *
 * Decides, against the target profile as the database holds it now, what the import adds,
 * replaces and keeps.
 */
gboolean
_vigil_import_plan_compute (VigilImportPlan  *self,
                            VigilContext     *context,
                            GError          **error)
{
  VigilImportData *data = self->data;
  g_autoptr(GHashTable) customs = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  g_autoptr(GHashTable) evidence = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  g_autoptr(GHashTable) lessons = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);

  memset (&self->summary, 0, sizeof self->summary);
  clear_plan (self);

  self->actions = g_array_new (FALSE, FALSE, sizeof (VigilImportAction));
  self->custom_targets = g_hash_table_new_full (g_int64_hash, g_int64_equal, NULL, g_free);
  self->evidence_to_add = g_hash_table_new (NULL, NULL);
  self->lessons_to_add = g_hash_table_new (NULL, NULL);
  self->conflicts = g_ptr_array_new_with_free_func (conflict_free);
  self->summary.new_profile = self->into_profile_id == 0;

  if (self->into_profile_id == 0)
    {
      self->target_name = dup_free_name (vigil_context_get_database (context), data->name);
      self->local_states = g_hash_table_new (g_str_hash, g_str_equal);
    }
  else
    {
      self->target_name = vigil_profile_store_dup_name (vigil_context_get_profile_store (context),
                                                        self->into_profile_id, error);
      if (self->target_name == NULL)
        return FALSE;
      self->local_states =
        vigil_progress_store_dup_states (vigil_context_get_progress_store (context),
                                         self->into_profile_id, error);
      if (self->local_states == NULL || !read_target (self, context, customs, evidence, lessons,
                                                    error))
        return FALSE;
    }

  for (guint i = 0; i < data->custom->len; i++)
    {
      VigilImportCustom *custom = g_ptr_array_index (data->custom, i);
      g_autofree char *key = custom_key (custom->guideline_id, custom->title);
      gint64 *target = g_hash_table_lookup (customs, key);

      if (target != NULL)
        {
          g_hash_table_insert (self->custom_targets, &custom->number,
                               g_memdup2 (target, sizeof *target));
          /* Matched once: a second equal step in the file is a step of its own. */
          g_hash_table_remove (customs, key);
          self->summary.custom_matched++;
        }
      else
        self->summary.custom_added++;
    }

  for (guint i = 0; i < data->items->len; i++)
    plan_item (self, context, g_ptr_array_index (data->items, i), evidence);

  for (guint i = 0; i < data->history->len; i++)
    {
      VigilImportEvent *event = g_ptr_array_index (data->history, i);

      if (_vigil_import_is_orphan (data, event->custom))
        self->summary.skipped++;
      else if (self->into_profile_id == 0)
        self->summary.history_added++;
    }

  /* Matched against the target's names only: two lessons of one name in the file are both
   * added, as the file had both, and merging the file again finds both there. */
  for (guint i = 0; i < data->lessons->len; i++)
    {
      VigilImportLesson *lesson = g_ptr_array_index (data->lessons, i);

      if (g_hash_table_contains (lessons, lesson->name))
        self->summary.lessons_matched++;
      else
        {
          g_hash_table_add (self->lessons_to_add, lesson);
          self->summary.lessons_added++;
        }
    }

  return TRUE;
}

/**
 * vigil_import_plan:
 * @json: the file's contents
 * @into_profile_id: the profile to merge into, or 0 to make a new profile
 *
 * Validates a Vigil JSON file completely and works out what importing it would change,
 * without changing anything.
 *
 * Returns: (transfer full): the plan, or %NULL with @error set: a #VigilImportError for
 *   the file, a #VigilProfileError when @into_profile_id is no profile
 */
VigilImportPlan *
vigil_import_plan (VigilContext  *context,
                   GBytes        *json,
                   gint64         into_profile_id,
                   GError       **error)
{
  g_autoptr(VigilImportPlan) self = NULL;
  VigilImportData *data;

  g_return_val_if_fail (VIGIL_IS_CONTEXT (context), NULL);
  g_return_val_if_fail (json != NULL, NULL);
  g_return_val_if_fail (into_profile_id >= 0, NULL);

  data = _vigil_import_data_parse (vigil_context_get_catalog (context), json, error);
  if (data == NULL)
    return NULL;

  self = g_object_new (VIGIL_TYPE_IMPORT_PLAN, NULL);
  self->data = data;
  self->into_profile_id = into_profile_id;

  if (!_vigil_import_plan_compute (self, context, error))
    return NULL;

  return g_steal_pointer (&self);
}

void
vigil_import_plan_get_summary (VigilImportPlan    *self,
                               VigilImportSummary *summary)
{
  g_return_if_fail (VIGIL_IS_IMPORT_PLAN (self));
  g_return_if_fail (summary != NULL);

  *summary = self->summary;
}

/**
 * vigil_import_plan_get_profile_name:
 *
 * Returns: the name of the profile the import goes into (for a new one, the file's)
 */
const char *
vigil_import_plan_get_profile_name (VigilImportPlan *self)
{
  g_return_val_if_fail (VIGIL_IS_IMPORT_PLAN (self), NULL);
  return self->target_name;
}

guint
vigil_import_plan_get_n_conflicts (VigilImportPlan *self)
{
  g_return_val_if_fail (VIGIL_IS_IMPORT_PLAN (self), 0);
  return self->conflicts->len;
}

/**
 * vigil_import_plan_get_conflict:
 * @imported_wins: (out) (optional): whether the file's change is the newer one
 *
 * Returns: the id of an item whose state differs on both sides
 */
const char *
vigil_import_plan_get_conflict (VigilImportPlan *self,
                                guint            index,
                                gboolean        *imported_wins)
{
  VigilImportConflict *conflict;

  g_return_val_if_fail (VIGIL_IS_IMPORT_PLAN (self), NULL);
  g_return_val_if_fail (index < self->conflicts->len, NULL);

  conflict = g_ptr_array_index (self->conflicts, index);
  if (imported_wins != NULL)
    *imported_wins = conflict->imported_wins;

  return conflict->item_id;
}

static void
append_line (GString *text,
             char    *line)
{
  g_string_append (text, "  ");
  g_string_append (text, line);
  g_string_append_c (text, '\n');
  g_free (line);
}

/**
 * vigil_import_plan_describe:
 *
 * Returns: (transfer full): what the import would do, for people, in the UI language
 */
char *
vigil_import_plan_describe (VigilImportPlan *self)
{
  const VigilImportSummary *s;
  GString *text;

  g_return_val_if_fail (VIGIL_IS_IMPORT_PLAN (self), NULL);

  s = &self->summary;
  text = g_string_new (NULL);

  if (s->new_profile)
    /* Translators: %s is a profile's name */
    g_string_append_printf (text, _("A new profile “%s” would be made from the file."),
                            self->target_name);
  else
    /* Translators: %s is a profile's name */
    g_string_append_printf (text, _("The file would be merged into the profile “%s”."),
                            self->target_name);
  g_string_append_c (text, '\n');

  if (s->items_added > 0)
    append_line (text, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
      "%u item state would be added.",
      "%u item states would be added.",
      s->items_added), s->items_added));
  if (s->items_updated > 0)
    append_line (text, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
      "%u item state would be replaced by the file’s newer one.",
      "%u item states would be replaced by the file’s newer ones.",
      s->items_updated), s->items_updated));
  if (s->items_unchanged > 0)
    append_line (text, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
      "%u item state is the same in both.",
      "%u item states are the same in both.",
      s->items_unchanged), s->items_unchanged));
  if (s->items_kept > 0)
    append_line (text, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
      "%u item state would be kept, as it changed later here.",
      "%u item states would be kept, as they changed later here.",
      s->items_kept), s->items_kept));
  if (s->custom_added > 0)
    append_line (text, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
      "%u own step would be added.",
      "%u own steps would be added.",
      s->custom_added), s->custom_added));
  if (s->custom_matched > 0)
    append_line (text, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
      "%u own step is already there.",
      "%u own steps are already there.",
      s->custom_matched), s->custom_matched));
  if (s->evidence_added > 0)
    append_line (text, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
      "%u piece of evidence would be added.",
      "%u pieces of evidence would be added.",
      s->evidence_added), s->evidence_added));
  if (s->lessons_added > 0)
    append_line (text, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
      "%u lesson would be added.",
      "%u lessons would be added.",
      s->lessons_added), s->lessons_added));
  if (s->lessons_matched > 0)
    append_line (text, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
      "%u lesson is already there (same name); the one here would be kept.",
      "%u lessons are already there (same names); the ones here would be kept.",
      s->lessons_matched), s->lessons_matched));
  if (s->history_added > 0)
    append_line (text, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
      "%u history entry would be added.",
      "%u history entries would be added.",
      s->history_added), s->history_added));
  if (s->skipped > 0)
    append_line (text, g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
      "%u entry about a removed own step would be left out.",
      "%u entries about removed own steps would be left out.",
      s->skipped), s->skipped));

  if (!s->new_profile && self->data->history->len > 0)
    append_line (text, g_strdup (_("The file’s history is not copied into an existing profile; "
                                   "the changes the import makes are recorded instead.")));

  if (self->conflicts->len > 0)
    {
      g_string_append (text, _("Changed in both, the later change wins:"));
      g_string_append_c (text, '\n');
    }
  for (guint i = 0; i < self->conflicts->len; i++)
    {
      VigilImportConflict *conflict = g_ptr_array_index (self->conflicts, i);

      if (conflict->imported_wins)
        /* Translators: %s is a checklist item's title */
        append_line (text, g_strdup_printf (_("%s: the file’s change is later and would be "
                                              "applied."), conflict->title));
      else
        /* Translators: %s is a checklist item's title */
        append_line (text, g_strdup_printf (_("%s: the change here is later and would be "
                                              "kept."), conflict->title));
    }

  return g_string_free (text, FALSE);
}
