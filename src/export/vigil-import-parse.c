/* vigil-import-parse.c
 *
 * Copyright 2026 The Vigil developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vigil-import"

#include "config.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "vigil-export-json.h"
#include "vigil-import-private.h"

/* Validation of a Vigil file, all of it, before anything is written: the file may come from
 * anyone. Every check the database makes (statuses, reasons, dates) is made here first, so
 * that an apply cannot fail halfway on bad data; every error names its place in the file. */

typedef enum
{
  KIND_TEXT,
  KIND_INT,
  KIND_BOOL,
  KIND_ARRAY,
  KIND_OBJECT,
} Kind;

static void
import_data_free_item (gpointer data)
{
  VigilImportItem *item = data;

  g_free (item->id);
  g_clear_pointer (&item->state, vigil_item_state_free);
  g_clear_pointer (&item->evidence, g_ptr_array_unref);
  g_free (item);
}

static void
import_data_free_custom (gpointer data)
{
  VigilImportCustom *custom = data;

  g_free (custom->guideline_id);
  g_free (custom->title);
  g_free (custom);
}

static void
import_data_free_event (gpointer data)
{
  VigilImportEvent *event = data;

  g_free (event->item_id);
  g_free (event->field);
  g_clear_pointer (&event->old_value, json_object_unref);
  g_clear_pointer (&event->new_value, json_object_unref);
  g_free (event);
}

static void
import_data_free_lesson (gpointer data)
{
  VigilImportLesson *lesson = data;

  g_free (lesson->name);
  g_strfreev (lesson->guideline_ids);
  g_free (lesson);
}

void
_vigil_import_data_free (VigilImportData *data)
{
  if (data == NULL)
    return;

  g_free (data->name);
  g_free (data->answers);
  g_clear_pointer (&data->custom, g_ptr_array_unref);
  g_clear_pointer (&data->items, g_ptr_array_unref);
  g_clear_pointer (&data->history, g_ptr_array_unref);
  g_clear_pointer (&data->lessons, g_ptr_array_unref);
  g_clear_pointer (&data->custom_numbers, g_hash_table_unref);
  g_free (data);
}

/* An own step's state or history whose step is not in the file: the step was removed, and
 * its state was only kept for undo. */
gboolean
_vigil_import_is_orphan (VigilImportData *data,
                         gint64           custom)
{
  return custom > 0 && !g_hash_table_contains (data->custom_numbers, &custom);
}

static gboolean
fail (GError     **error,
      int          code,
      const char  *format,
      ...) G_GNUC_PRINTF (3, 4);

static gboolean
fail (GError     **error,
      int          code,
      const char  *format,
      ...)
{
  g_autofree char *message = NULL;
  va_list args;

  va_start (args, format);
  message = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error_literal (error, VIGIL_IMPORT_ERROR, code, message);

  return FALSE;
}

static gboolean
wrong_type (GError     **error,
            const char  *path,
            Kind         kind)
{
  switch (kind)
    {
    case KIND_TEXT:
      /* Translators: %s is a place in the file, such as items[3].state.note */
      return fail (error, VIGIL_IMPORT_ERROR_WRONG_TYPE, _("%s should be text."), path);
    case KIND_INT:
      /* Translators: %s is a place in the file, such as items[3].state.note */
      return fail (error, VIGIL_IMPORT_ERROR_WRONG_TYPE, _("%s should be a whole number."), path);
    case KIND_BOOL:
      /* Translators: %s is a place in the file, such as items[3].state.note */
      return fail (error, VIGIL_IMPORT_ERROR_WRONG_TYPE, _("%s should be true or false."), path);
    case KIND_ARRAY:
      /* Translators: %s is a place in the file, such as items[3].state.note */
      return fail (error, VIGIL_IMPORT_ERROR_WRONG_TYPE, _("%s should be a list."), path);
    case KIND_OBJECT:
      /* Translators: %s is a place in the file, such as items[3].state.note */
      return fail (error, VIGIL_IMPORT_ERROR_WRONG_TYPE, _("%s should be an object."), path);
    default:
      g_return_val_if_reached (FALSE);
    }
}

static gboolean
node_is (JsonNode *node,
         Kind      kind)
{
  switch (kind)
    {
    case KIND_TEXT:
      return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING;
    case KIND_INT:
      return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_INT64;
    case KIND_BOOL:
      return JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_BOOLEAN;
    case KIND_ARRAY:
      return JSON_NODE_HOLDS_ARRAY (node);
    case KIND_OBJECT:
      return JSON_NODE_HOLDS_OBJECT (node);
    default:
      g_return_val_if_reached (FALSE);
    }
}

/* The member @name of @object if it is of @kind; a missing or null member is %NULL when
 * @nullable, and an error otherwise. */
static gboolean
get_member (JsonObject  *object,
            const char  *path,
            const char  *name,
            Kind         kind,
            gboolean     nullable,
            JsonNode   **node,
            GError     **error)
{
  g_autofree char *member_path = g_strdup_printf ("%s%s%s", path, *path ? "." : "", name);

  *node = json_object_get_member (object, name);
  if (*node == NULL || JSON_NODE_HOLDS_NULL (*node))
    {
      *node = NULL;
      if (nullable)
        return TRUE;
      return wrong_type (error, member_path, kind);
    }

  if (!node_is (*node, kind))
    return wrong_type (error, member_path, kind);

  return TRUE;
}

static gboolean
get_text (JsonObject  *object,
          const char  *path,
          const char  *name,
          gboolean     nullable,
          const char **text,
          GError     **error)
{
  JsonNode *node;

  if (!get_member (object, path, name, KIND_TEXT, nullable, &node, error))
    return FALSE;
  *text = node != NULL ? json_node_get_string (node) : NULL;

  return TRUE;
}

/* Text that must say something: names, titles, locations. */
static gboolean
get_words (JsonObject  *object,
           const char  *path,
           const char  *name,
           const char **text,
           GError     **error)
{
  g_autofree char *copy = NULL;

  if (!get_text (object, path, name, FALSE, text, error))
    return FALSE;

  copy = g_strstrip (g_strdup (*text));
  if (*copy == '\0')
    /* Translators: %s is a place in the file, such as profile.name */
    return fail (error, VIGIL_IMPORT_ERROR_INVALID_VALUE, _("%s.%s is empty."), path, name);

  return TRUE;
}

static gboolean
get_time (JsonObject  *object,
          const char  *path,
          const char  *name,
          gboolean     nullable,
          gint64      *usec,
          GError     **error)
{
  const char *text;

  *usec = 0;
  if (!get_text (object, path, name, nullable, &text, error))
    return FALSE;
  if (text == NULL)
    return TRUE;

  if (!vigil_export_parse_time (text, usec) || *usec == 0)
    /* Translators: the first two %s make a place in the file, such as items[3].state
     * and updated_at; the third is what the file holds there */
    return fail (error, VIGIL_IMPORT_ERROR_INVALID_VALUE,
                 _("%s.%s: “%s” is not a time such as 2026-01-31T09:30:00.000000Z."),
                 path, name, text);

  return TRUE;
}

static gboolean
get_date (JsonObject  *object,
          const char  *path,
          const char  *name,
          char       **date,
          GError     **error)
{
  const char *text;

  if (!get_text (object, path, name, TRUE, &text, error))
    return FALSE;

  if (text != NULL && !vigil_export_is_date (text))
    /* Translators: the first two %s make a place in the file, such as items[3].state
     * and due; the third is what the file holds there */
    return fail (error, VIGIL_IMPORT_ERROR_INVALID_VALUE,
                 _("%s.%s: “%s” is not a date such as 2026-01-31."), path, name, text);

  *date = g_strdup (text);

  return TRUE;
}

/* "custom.<n>" gives n; anything else 0. */
static gint64
parse_custom (const char *id)
{
  guint64 number;

  if (!g_str_has_prefix (id, "custom.") ||
      !g_ascii_string_to_unsigned (id + strlen ("custom."), 10, 1, G_MAXINT64, &number, NULL))
    return 0;

  return (gint64)number;
}

/* A catalog item's id, or an own step's "custom.<n>". */
static gboolean
check_item_id (VigilCatalog  *catalog,
               const char    *path,
               const char    *id,
               gint64        *custom,
               GError       **error)
{
  *custom = parse_custom (id);
  if (*custom > 0 || vigil_catalog_lookup_item (catalog, id) != NULL)
    return TRUE;

  /* Translators: the first %s is a place in the file, the second an item's id */
  return fail (error, VIGIL_IMPORT_ERROR_UNKNOWN_ID,
               _("%s: this version of Vigil has no checklist item “%s”."), path, id);
}

/* The answers' reader takes list elements as text without looking; anything else in the
 * list must not reach it. */
static gboolean
check_platforms (JsonObject  *answers,
                 GError     **error)
{
  JsonNode *node;
  JsonArray *array;

  if (!get_member (answers, "profile.answers", "platforms", KIND_ARRAY, TRUE, &node, error))
    return FALSE;
  if (node == NULL)
    return TRUE;

  array = json_node_get_array (node);
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      if (!node_is (json_array_get_element (array, i), KIND_TEXT))
        {
          g_autofree char *path = g_strdup_printf ("profile.answers.platforms[%u]", i);

          return wrong_type (error, path, KIND_TEXT);
        }
    }

  return TRUE;
}

static gboolean
parse_profile (VigilImportData  *data,
               JsonObject       *root,
               GError          **error)
{
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(VigilAnswers) answers = NULL;
  g_autoptr(GError) answers_error = NULL;
  JsonNode *node;
  JsonObject *profile;
  const char *text;

  if (!get_member (root, "", "profile", KIND_OBJECT, FALSE, &node, error))
    return FALSE;
  profile = json_node_get_object (node);

  if (!get_words (profile, "profile", "name", &text, error))
    return FALSE;
  data->name = g_strstrip (g_strdup (text));

  if (!get_text (profile, "profile", "kind", FALSE, &text, error))
    return FALSE;
  if (g_str_equal (text, "household"))
    data->kind = VIGIL_PROFILE_HOUSEHOLD;
  else if (g_str_equal (text, "organization"))
    data->kind = VIGIL_PROFILE_ORGANIZATION;
  else
    /* Translators: %s is what the file holds as the kind of profile */
    return fail (error, VIGIL_IMPORT_ERROR_INVALID_VALUE,
                 _("profile.kind: “%s” is neither household nor organization."), text);

  if (!get_member (profile, "profile", "answers", KIND_OBJECT, FALSE, &node, error) ||
      !check_platforms (json_node_get_object (node), error))
    return FALSE;
  json_generator_set_root (generator, node);
  data->answers = json_generator_to_data (generator, NULL);
  answers = vigil_answers_new_from_json (data->answers, &answers_error);
  if (answers == NULL)
    /* Translators: %s is the technical reason */
    return fail (error, VIGIL_IMPORT_ERROR_INVALID_VALUE,
                 _("profile.answers: the answers are not valid: %s"),
                 answers_error != NULL ? answers_error->message : "");

  return get_time (profile, "profile", "created_at", FALSE, &data->created_at, error) &&
         get_time (profile, "profile", "archived_at", TRUE, &data->archived_at, error);
}

static gboolean
parse_custom_items (VigilImportData  *data,
                    VigilCatalog     *catalog,
                    JsonObject       *root,
                    GError          **error)
{
  JsonNode *node;
  JsonArray *array;

  if (!get_member (root, "", "custom_items", KIND_ARRAY, FALSE, &node, error))
    return FALSE;
  array = json_node_get_array (node);

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *path = g_strdup_printf ("custom_items[%u]", i);
      VigilImportCustom *custom;
      JsonObject *object;
      const char *text;

      if (!node_is (json_array_get_element (array, i), KIND_OBJECT))
        return wrong_type (error, path, KIND_OBJECT);
      object = json_array_get_object_element (array, i);

      custom = g_new0 (VigilImportCustom, 1);
      g_ptr_array_add (data->custom, custom);

      if (!get_text (object, path, "id", FALSE, &text, error))
        return FALSE;
      custom->number = parse_custom (text);
      if (custom->number == 0)
        /* Translators: the first %s is a place in the file, the second what it holds */
        return fail (error, VIGIL_IMPORT_ERROR_INVALID_VALUE,
                     _("%s.id: “%s” is not the id of an own step, such as custom.1."),
                     path, text);
      if (!g_hash_table_add (data->custom_numbers, g_memdup2 (&custom->number, sizeof (gint64))))
        /* Translators: the first %s is a place in the file, the second an id */
        return fail (error, VIGIL_IMPORT_ERROR_INVALID_VALUE, _("%s: “%s” appears twice."),
                     path, text);

      if (!get_text (object, path, "guideline_id", TRUE, &text, error))
        return FALSE;
      if (text != NULL && vigil_catalog_lookup_guideline (catalog, text) == NULL)
        /* Translators: the first %s is a place in the file, the second a guideline's id */
        return fail (error, VIGIL_IMPORT_ERROR_UNKNOWN_ID,
                     _("%s: this version of Vigil has no guideline “%s”."), path, text);
      custom->guideline_id = g_strdup (text);

      if (!get_words (object, path, "title", &text, error))
        return FALSE;
      custom->title = g_strstrip (g_strdup (text));

      if (!get_time (object, path, "created_at", FALSE, &custom->created_at, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
parse_state (JsonObject       *object,
             const char       *path,
             VigilItemState  **out,
             GError          **error)
{
  g_autoptr(VigilItemState) state = vigil_item_state_new ();
  const char *status, *text;
  char **texts[] = { &state->reason, &state->note, &state->owner };
  const char * const names[] = { "reason", "note", "owner" };
  g_autofree char *reason = NULL;
  JsonNode *node;

  if (!get_text (object, path, "status", FALSE, &status, error))
    return FALSE;
  if (!vigil_item_status_from_id (status, &state->status))
    /* Translators: the first %s is a place in the file, the second what it holds */
    return fail (error, VIGIL_IMPORT_ERROR_INVALID_VALUE, _("%s.status: “%s” is not a status."),
                 path, status);

  for (guint i = 0; i < G_N_ELEMENTS (texts); i++)
    {
      if (!get_text (object, path, names[i], TRUE, &text, error))
        return FALSE;
      *texts[i] = g_strdup (text);
    }

  if (!get_date (object, path, "accepted_until", &state->accepted_until, error) ||
      !get_date (object, path, "due", &state->due, error) ||
      !get_time (object, path, "completed_at", TRUE, &state->completed_at, error) ||
      !get_time (object, path, "verified_at", TRUE, &state->verified_at, error) ||
      !get_time (object, path, "updated_at", FALSE, &state->updated_at, error) ||
      !get_member (object, path, "recurrence_days", KIND_INT, TRUE, &node, error))
    return FALSE;

  if (node != NULL)
    {
      gint64 days = json_node_get_int (node);

      if (days < 1 || days > 36500)
        /* Translators: %s is a place in the file, %d what it holds */
        return fail (error, VIGIL_IMPORT_ERROR_INVALID_VALUE,
                     _("%s.recurrence_days: %d is not a number of days from 1 to 36500."),
                     path, (int)CLAMP (days, G_MININT, G_MAXINT));
      state->recurrence_days = days;
    }

  /* The database's own rules, checked here so that the apply cannot fail on them. */
  reason = g_strstrip (g_strdup (state->reason != NULL ? state->reason : ""));
  if ((state->status == VIGIL_ITEM_STATUS_NOT_APPLICABLE ||
       state->status == VIGIL_ITEM_STATUS_RISK_ACCEPTED) && *reason == '\0')
    /* Translators: %s is a place in the file */
    return fail (error, VIGIL_IMPORT_ERROR_INVALID_VALUE,
                 _("%s: an item that is not applicable or an accepted risk needs a reason."),
                 path);
  if (state->status == VIGIL_ITEM_STATUS_RISK_ACCEPTED && state->accepted_until == NULL)
    /* Translators: %s is a place in the file */
    return fail (error, VIGIL_IMPORT_ERROR_INVALID_VALUE,
                 _("%s: an accepted risk needs the date until which it is accepted."), path);

  *out = g_steal_pointer (&state);

  return TRUE;
}

static gboolean
parse_evidence (JsonArray   *array,
                const char  *path,
                GPtrArray   *list,
                GHashTable  *ids,
                GError     **error)
{
  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *entry_path = g_strdup_printf ("%s.evidence[%u]", path, i);
      VigilEvidence *evidence;
      JsonObject *object;
      JsonNode *node;
      const char *text;

      if (!node_is (json_array_get_element (array, i), KIND_OBJECT))
        return wrong_type (error, entry_path, KIND_OBJECT);
      object = json_array_get_object_element (array, i);

      evidence = g_new0 (VigilEvidence, 1);
      g_ptr_array_add (list, evidence);

      if (!get_member (object, entry_path, "id", KIND_INT, FALSE, &node, error))
        return FALSE;
      evidence->id = json_node_get_int (node);
      if (!g_hash_table_add (ids, g_memdup2 (&evidence->id, sizeof (gint64))))
        {
          g_autofree char *id = g_strdup_printf ("%" G_GINT64_FORMAT, evidence->id);

          return fail (error, VIGIL_IMPORT_ERROR_INVALID_VALUE, _("%s: “%s” appears twice."),
                       entry_path, id);
        }

      if (!get_words (object, entry_path, "location", &text, error))
        return FALSE;
      evidence->location = g_strdup (text);
      if (!get_text (object, entry_path, "description", TRUE, &text, error))
        return FALSE;
      evidence->description = g_strdup (text);
      if (!get_time (object, entry_path, "added_at", FALSE, &evidence->added_at, error))
        return FALSE;
    }

  return TRUE;
}

static gboolean
parse_items (VigilImportData  *data,
             VigilCatalog     *catalog,
             JsonObject       *root,
             GError          **error)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GHashTable) evidence_ids = g_hash_table_new_full (g_int64_hash, g_int64_equal,
                                                              g_free, NULL);
  JsonNode *node;
  JsonArray *array;

  if (!get_member (root, "", "items", KIND_ARRAY, FALSE, &node, error))
    return FALSE;
  array = json_node_get_array (node);

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *path = g_strdup_printf ("items[%u]", i);
      g_autofree char *state_path = g_strdup_printf ("items[%u].state", i);
      VigilImportItem *item;
      JsonObject *object;
      const char *text;

      if (!node_is (json_array_get_element (array, i), KIND_OBJECT))
        return wrong_type (error, path, KIND_OBJECT);
      object = json_array_get_object_element (array, i);

      item = g_new0 (VigilImportItem, 1);
      item->evidence = g_ptr_array_new_with_free_func ((GDestroyNotify)vigil_evidence_free);
      g_ptr_array_add (data->items, item);

      if (!get_text (object, path, "id", FALSE, &text, error) ||
          !check_item_id (catalog, path, text, &item->custom, error))
        return FALSE;
      item->id = g_strdup (text);
      if (!g_hash_table_add (seen, item->id))
        return fail (error, VIGIL_IMPORT_ERROR_INVALID_VALUE, _("%s: “%s” appears twice."),
                     path, text);

      if (!get_member (object, path, "state", KIND_OBJECT, TRUE, &node, error))
        return FALSE;
      if (node != NULL &&
          !parse_state (json_node_get_object (node), state_path, &item->state, error))
        return FALSE;

      if (!get_member (object, path, "evidence", KIND_ARRAY, FALSE, &node, error) ||
          !parse_evidence (json_node_get_array (node), path, item->evidence, evidence_ids,
                           error))
        return FALSE;
    }

  return TRUE;
}

/* History values are what undo reads back, so only what the stores write may be in them,
 * each of its own type. */
static gboolean
check_value (JsonObject  *object,
             const char  *path,
             const char  *field,
             GError     **error)
{
  static const struct { const char *name; Kind kind; gboolean nullable; } members[] = {
    { "status", KIND_TEXT, FALSE },
    { "reason", KIND_TEXT, TRUE },
    { "accepted_until", KIND_TEXT, TRUE },
    { "note", KIND_TEXT, TRUE },
    { "owner", KIND_TEXT, TRUE },
    { "due", KIND_TEXT, TRUE },
    { "completed_at", KIND_INT, FALSE },
    { "verified_at", KIND_INT, FALSE },
    { "id", KIND_INT, FALSE },
    { "guideline_id", KIND_TEXT, TRUE },
    { "title", KIND_TEXT, FALSE },
    { "location", KIND_TEXT, FALSE },
    { "description", KIND_TEXT, TRUE },
  };
  g_autoptr(GList) names = json_object_get_members (object);
  gboolean is_custom = json_object_has_member (object, "title");
  gboolean is_evidence = json_object_has_member (object, "location");
  VigilItemStatus status;

  for (GList *l = names; l != NULL; l = l->next)
    {
      guint i;
      JsonNode *node;

      for (i = 0; i < G_N_ELEMENTS (members); i++)
        if (g_str_equal (l->data, members[i].name))
          break;
      if (i == G_N_ELEMENTS (members))
        /* Translators: the first %s is a place in the file, the second a name found there */
        return fail (error, VIGIL_IMPORT_ERROR_INVALID_VALUE,
                     _("%s: “%s” is nothing Vigil records."), path, (const char *)l->data);

      if (!get_member (object, path, members[i].name, members[i].kind, members[i].nullable,
                       &node, error))
        return FALSE;
    }

  if (json_object_has_member (object, "status") &&
      !vigil_item_status_from_id (json_object_get_string_member (object, "status"), &status))
    return fail (error, VIGIL_IMPORT_ERROR_INVALID_VALUE, _("%s.status: “%s” is not a status."),
                 path, json_object_get_string_member (object, "status"));

  /* Undo of an own step or of evidence needs the id and the step's title or evidence's
   * location; a state change has neither. */
  if ((g_str_equal (field, "custom-item") && !(is_custom && !is_evidence)) ||
      (g_str_equal (field, "evidence") && !(is_evidence && !is_custom)) ||
      (g_str_equal (field, "state") && (is_custom || is_evidence)) ||
      ((is_custom || is_evidence) != json_object_has_member (object, "id")))
    /* Translators: %s is a place in the file */
    return fail (error, VIGIL_IMPORT_ERROR_INVALID_VALUE,
                 _("%s does not describe the change its entry names."), path);

  return TRUE;
}

static gboolean
get_value (JsonObject   *object,
           const char   *path,
           const char   *name,
           const char   *field,
           JsonObject  **value,
           GError      **error)
{
  g_autofree char *value_path = g_strdup_printf ("%s.%s", path, name);
  JsonNode *node;

  if (!get_member (object, path, name, KIND_OBJECT, TRUE, &node, error))
    return FALSE;
  if (node == NULL)
    return TRUE;

  if (!check_value (json_node_get_object (node), value_path, field, error))
    return FALSE;
  *value = json_object_ref (json_node_get_object (node));

  return TRUE;
}

static gboolean
parse_history (VigilImportData  *data,
               VigilCatalog     *catalog,
               JsonObject       *root,
               GError          **error)
{
  static const char * const fields[] = { "state", "undo", "evidence", "custom-item" };
  JsonNode *node;
  JsonArray *array;

  if (!get_member (root, "", "history", KIND_ARRAY, FALSE, &node, error))
    return FALSE;
  array = json_node_get_array (node);

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *path = g_strdup_printf ("history[%u]", i);
      VigilImportEvent *event;
      JsonObject *object;
      const char *text;

      if (!node_is (json_array_get_element (array, i), KIND_OBJECT))
        return wrong_type (error, path, KIND_OBJECT);
      object = json_array_get_object_element (array, i);

      event = g_new0 (VigilImportEvent, 1);
      g_ptr_array_add (data->history, event);

      if (!get_text (object, path, "item_id", FALSE, &text, error) ||
          !check_item_id (catalog, path, text, &event->custom, error))
        return FALSE;
      event->item_id = g_strdup (text);

      if (!get_text (object, path, "field", FALSE, &text, error))
        return FALSE;
      if (!g_strv_contains (fields, text))
        /* Translators: the first %s is a place in the file, the second what it holds */
        return fail (error, VIGIL_IMPORT_ERROR_INVALID_VALUE,
                     _("%s.field: “%s” is not a kind of change."), path, text);
      event->field = g_strdup (text);

      if (!get_value (object, path, "old", event->field, &event->old_value, error) ||
          !get_value (object, path, "new", event->field, &event->new_value, error) ||
          !get_time (object, path, "at", FALSE, &event->at, error) ||
          !get_member (object, path, "undone", KIND_BOOL, FALSE, &node, error))
        return FALSE;
      event->undone = json_node_get_boolean (node);
    }

  return TRUE;
}

/* A lesson's guidelines: known to the catalog, each once, as the database requires. */
static gboolean
parse_lesson_guidelines (JsonArray          *array,
                         const char         *path,
                         VigilCatalog       *catalog,
                         VigilImportLesson  *lesson,
                         GError            **error)
{
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GStrvBuilder) ids = g_strv_builder_new ();

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *id_path = g_strdup_printf ("%s.guideline_ids[%u]", path, i);
      const char *id;

      if (!node_is (json_array_get_element (array, i), KIND_TEXT))
        return wrong_type (error, id_path, KIND_TEXT);
      id = json_array_get_string_element (array, i);

      if (vigil_catalog_lookup_guideline (catalog, id) == NULL)
        return fail (error, VIGIL_IMPORT_ERROR_UNKNOWN_ID,
                     _("%s: this version of Vigil has no guideline “%s”."), id_path, id);
      if (!g_hash_table_add (seen, (gpointer)id))
        return fail (error, VIGIL_IMPORT_ERROR_INVALID_VALUE, _("%s: “%s” appears twice."),
                     id_path, id);

      g_strv_builder_add (ids, id);
    }

  lesson->guideline_ids = g_strv_builder_end (ids);

  return TRUE;
}

/* Optional: files from before lessons have none. */
static gboolean
parse_lessons (VigilImportData  *data,
               VigilCatalog     *catalog,
               JsonObject       *root,
               GError          **error)
{
  JsonNode *node;
  JsonArray *array;

  if (!get_member (root, "", "lessons", KIND_ARRAY, TRUE, &node, error))
    return FALSE;
  if (node == NULL)
    return TRUE;
  array = json_node_get_array (node);

  for (guint i = 0; i < json_array_get_length (array); i++)
    {
      g_autofree char *path = g_strdup_printf ("lessons[%u]", i);
      VigilImportLesson *lesson;
      JsonObject *object;
      const char *text;

      if (!node_is (json_array_get_element (array, i), KIND_OBJECT))
        return wrong_type (error, path, KIND_OBJECT);
      object = json_array_get_object_element (array, i);

      lesson = g_new0 (VigilImportLesson, 1);
      g_ptr_array_add (data->lessons, lesson);

      if (!get_words (object, path, "name", &text, error))
        return FALSE;
      lesson->name = g_strstrip (g_strdup (text));

      if (!get_time (object, path, "created_at", FALSE, &lesson->created_at, error) ||
          !get_time (object, path, "updated_at", FALSE, &lesson->updated_at, error) ||
          !get_member (object, path, "guideline_ids", KIND_ARRAY, FALSE, &node, error) ||
          !parse_lesson_guidelines (json_node_get_array (node), path, catalog, lesson, error))
        return FALSE;
    }

  return TRUE;
}

/* json-glib parses recursively, so a file of a million "[" would exhaust the stack: count the
 * nesting first, outside strings. */
static gboolean
check_depth (const char  *text,
             gsize        length,
             GError     **error)
{
  gboolean in_string = FALSE;
  guint depth = 0;

  for (gsize i = 0; i < length; i++)
    {
      char c = text[i];

      if (in_string)
        {
          if (c == '\\')
            i++;
          else if (c == '"')
            in_string = FALSE;
        }
      else if (c == '"')
        in_string = TRUE;
      else if (c == '[' || c == '{')
        {
          if (++depth > VIGIL_IMPORT_MAX_DEPTH)
            /* Translators: %u is a number of levels */
            return fail (error, VIGIL_IMPORT_ERROR_TOO_DEEP,
                         _("The file nests more than %u levels deep, which no Vigil file does."),
                         VIGIL_IMPORT_MAX_DEPTH);
        }
      else if ((c == ']' || c == '}') && depth > 0)
        depth--;
    }

  return TRUE;
}

static gboolean
check_header (JsonNode  *root,
              GError   **error)
{
  JsonObject *object;
  JsonNode *node;

  /* Only white space parses to no root at all. */
  if (root == NULL)
    return fail (error, VIGIL_IMPORT_ERROR_MALFORMED, _("The file is empty."));
  if (!JSON_NODE_HOLDS_OBJECT (root))
    return fail (error, VIGIL_IMPORT_ERROR_NOT_VIGIL, _("The file is not a Vigil export."));
  object = json_node_get_object (root);

  node = json_object_get_member (object, "format");
  if (node == NULL || !node_is (node, KIND_TEXT) ||
      !g_str_equal (json_node_get_string (node), VIGIL_EXPORT_JSON_FORMAT))
    return fail (error, VIGIL_IMPORT_ERROR_NOT_VIGIL, _("The file is not a Vigil export."));

  if (!get_member (object, "", "version", KIND_INT, FALSE, &node, error))
    return FALSE;
  if (json_node_get_int (node) > VIGIL_EXPORT_JSON_VERSION)
    return fail (error, VIGIL_IMPORT_ERROR_TOO_NEW,
                 _("The file was made by a newer version of Vigil. Update Vigil to import it."));
  if (json_node_get_int (node) < 1)
    return fail (error, VIGIL_IMPORT_ERROR_INVALID_VALUE,
                 _("The file’s format version is not valid."));

  return TRUE;
}

/**
 * _vigil_import_data_parse:
 *
 * Checks the size, the nesting, the encoding, the JSON and then every value of a Vigil
 * file against @catalog.
 *
 * Returns: (transfer full): the file's data, or %NULL with a #VigilImportError
 */
VigilImportData *
_vigil_import_data_parse (VigilCatalog  *catalog,
                          GBytes        *json,
                          GError       **error)
{
  g_autoptr(VigilImportData) data = NULL;
  g_autoptr(JsonParser) parser = NULL;
  g_autoptr(GError) parse_error = NULL;
  gsize length;
  const char *text = g_bytes_get_data (json, &length);
  JsonObject *root;

  if (length > VIGIL_IMPORT_MAX_SIZE)
    {
      g_autofree char *size = g_format_size (length);
      g_autofree char *limit = g_format_size (VIGIL_IMPORT_MAX_SIZE);

      /* Translators: the first %s is the file's size, the second the largest allowed */
      fail (error, VIGIL_IMPORT_ERROR_TOO_LARGE,
            _("The file is too large for a Vigil export (%s; at most %s)."), size, limit);
      return NULL;
    }

  if (length == 0)
    {
      fail (error, VIGIL_IMPORT_ERROR_MALFORMED, _("The file is empty."));
      return NULL;
    }

  if (!g_utf8_validate (text, length, NULL))
    {
      fail (error, VIGIL_IMPORT_ERROR_MALFORMED, _("The file is not UTF-8 text."));
      return NULL;
    }

  if (!check_depth (text, length, error))
    return NULL;

  parser = json_parser_new_immutable ();
  if (!json_parser_load_from_data (parser, text, length, &parse_error))
    {
      /* Translators: %s is the parser's reason */
      fail (error, VIGIL_IMPORT_ERROR_MALFORMED, _("The file is not valid JSON: %s"),
            parse_error->message);
      return NULL;
    }

  if (!check_header (json_parser_get_root (parser), error))
    return NULL;
  root = json_node_get_object (json_parser_get_root (parser));

  data = g_new0 (VigilImportData, 1);
  data->custom = g_ptr_array_new_with_free_func (import_data_free_custom);
  data->items = g_ptr_array_new_with_free_func (import_data_free_item);
  data->history = g_ptr_array_new_with_free_func (import_data_free_event);
  data->lessons = g_ptr_array_new_with_free_func (import_data_free_lesson);
  data->custom_numbers = g_hash_table_new_full (g_int64_hash, g_int64_equal, g_free, NULL);

  if (!parse_profile (data, root, error) ||
      !parse_custom_items (data, catalog, root, error) ||
      !parse_items (data, catalog, root, error) ||
      !parse_history (data, catalog, root, error) ||
      !parse_lessons (data, catalog, root, error))
    return NULL;

  return g_steal_pointer (&data);
}
