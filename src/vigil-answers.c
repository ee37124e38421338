/* vigil-answers.c
 *
 * Copyright 2026 The Vigil developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <json-glib/json-glib.h>

#include "vigil-answers.h"

/* What a profile said about itself during onboarding. Each answer may be missing: a missing
 * answer never hides guidance, so a profile that skipped the questions sees everything. */

/* The same names as a guideline's `applies_when`; "employees" comes from the head count. */
static const char * const conditions[] = {
  "children", "home-working", "router", "website", "card-payments", "cloud", "employees", NULL
};
#define N_CONDITIONS (G_N_ELEMENTS (conditions) - 1)
#define EMPLOYEES_CONDITION (N_CONDITIONS - 1)

static const char * const purposes[] = {
  "", "household", "organization", "demonstration", NULL
};

/* Device platforms a person can say they use; "router" is a yes/no question instead. */
static const char * const device_platforms[] = {
  "windows", "macos", "gnome", "android", "ios", NULL
};
static const char * const computers[] = { "windows", "macos", "gnome", NULL };
static const char * const phones[] = { "android", "ios", NULL };

struct _VigilAnswers
{
  VigilPurpose purpose;
  VigilAnswer  answers[N_CONDITIONS];
  int          employees;
  GStrv        platforms;
};

VigilAnswers *
vigil_answers_new (void)
{
  VigilAnswers *self = g_new0 (VigilAnswers, 1);

  for (guint i = 0; i < N_CONDITIONS; i++)
    self->answers[i] = VIGIL_ANSWER_UNKNOWN;
  self->employees = -1;

  return self;
}

static int
condition_index (const char *condition)
{
  for (guint i = 0; i < N_CONDITIONS; i++)
    if (g_strcmp0 (conditions[i], condition) == 0)
      return i;
  return -1;
}

/**
 * vigil_answers_new_from_json:
 * @json: a JSON object, as stored on the profile
 *
 * Members of the wrong type or with unknown names are ignored, as if unanswered, so answers
 * written by a newer Vigil still load.
 *
 * Returns: (transfer full) (nullable): the answers, or %NULL if @json is not a JSON object
 */
VigilAnswers *
vigil_answers_new_from_json (const char  *json,
                             GError     **error)
{
  g_autoptr(JsonParser) parser = json_parser_new ();
  g_autoptr(VigilAnswers) self = vigil_answers_new ();
  JsonObject *object;
  JsonNode *node;

  g_return_val_if_fail (json != NULL, NULL);

  if (!json_parser_load_from_data (parser, json, -1, error))
    return NULL;
  if (!JSON_NODE_HOLDS_OBJECT (json_parser_get_root (parser)))
    {
      g_set_error_literal (error, JSON_PARSER_ERROR, JSON_PARSER_ERROR_INVALID_DATA,
                           "The answers are not a JSON object");
      return NULL;
    }
  object = json_node_get_object (json_parser_get_root (parser));

  node = json_object_get_member (object, "purpose");
  if (node != NULL && JSON_NODE_HOLDS_VALUE (node) &&
      json_node_get_value_type (node) == G_TYPE_STRING)
    for (guint i = 1; purposes[i] != NULL; i++)
      if (g_str_equal (purposes[i], json_node_get_string (node)))
        self->purpose = i;

  for (guint i = 0; i < EMPLOYEES_CONDITION; i++)
    {
      node = json_object_get_member (object, conditions[i]);
      if (node != NULL && JSON_NODE_HOLDS_VALUE (node) &&
          json_node_get_value_type (node) == G_TYPE_BOOLEAN)
        self->answers[i] = json_node_get_boolean (node) ? VIGIL_ANSWER_YES : VIGIL_ANSWER_NO;
    }

  node = json_object_get_member (object, "employees");
  if (node != NULL && JSON_NODE_HOLDS_VALUE (node) &&
      json_node_get_value_type (node) == G_TYPE_INT64)
    vigil_answers_set_employees (self, (int) CLAMP (json_node_get_int (node), 0, G_MAXINT));

  node = json_object_get_member (object, "platforms");
  if (node != NULL && JSON_NODE_HOLDS_ARRAY (node))
    {
      g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
      JsonArray *array = json_node_get_array (node);

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          const char *platform = json_array_get_string_element (array, i);

          if (platform != NULL && g_strv_contains (device_platforms, platform))
            g_strv_builder_add (builder, platform);
        }
      self->platforms = g_strv_builder_end (builder);
    }

  return g_steal_pointer (&self);
}

VigilAnswers *
vigil_answers_copy (const VigilAnswers *self)
{
  VigilAnswers *copy;

  g_return_val_if_fail (self != NULL, NULL);

  copy = g_memdup2 (self, sizeof *self);
  copy->platforms = g_strdupv (self->platforms);

  return copy;
}

void
vigil_answers_free (VigilAnswers *self)
{
  if (self == NULL)
    return;

  g_strfreev (self->platforms);
  g_free (self);
}

/**
 * vigil_answers_to_json:
 *
 * Returns: (transfer full): the answers as a JSON object, unanswered questions left out
 */
char *
vigil_answers_to_json (const VigilAnswers *self)
{
  g_autoptr(JsonBuilder) builder = json_builder_new ();
  g_autoptr(JsonGenerator) generator = json_generator_new ();
  g_autoptr(JsonNode) root = NULL;

  g_return_val_if_fail (self != NULL, NULL);

  json_builder_begin_object (builder);
  if (self->purpose != VIGIL_PURPOSE_UNSET)
    {
      json_builder_set_member_name (builder, "purpose");
      json_builder_add_string_value (builder, purposes[self->purpose]);
    }
  if (self->platforms != NULL)
    {
      json_builder_set_member_name (builder, "platforms");
      json_builder_begin_array (builder);
      for (guint i = 0; self->platforms[i] != NULL; i++)
        json_builder_add_string_value (builder, self->platforms[i]);
      json_builder_end_array (builder);
    }
  for (guint i = 0; i < EMPLOYEES_CONDITION; i++)
    if (self->answers[i] != VIGIL_ANSWER_UNKNOWN)
      {
        json_builder_set_member_name (builder, conditions[i]);
        json_builder_add_boolean_value (builder, self->answers[i] == VIGIL_ANSWER_YES);
      }
  if (self->employees >= 0)
    {
      json_builder_set_member_name (builder, "employees");
      json_builder_add_int_value (builder, self->employees);
    }
  json_builder_end_object (builder);

  root = json_builder_get_root (builder);
  json_generator_set_root (generator, root);

  return json_generator_to_data (generator, NULL);
}

VigilPurpose
vigil_answers_get_purpose (const VigilAnswers *self)
{
  g_return_val_if_fail (self != NULL, VIGIL_PURPOSE_UNSET);
  return self->purpose;
}

void
vigil_answers_set_purpose (VigilAnswers *self,
                           VigilPurpose  purpose)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (purpose <= VIGIL_PURPOSE_DEMONSTRATION);
  self->purpose = purpose;
}

/**
 * vigil_answers_get_conditions:
 *
 * Returns: (transfer none): the names of the yes/no situations a guideline can depend on
 */
const char * const *
vigil_answers_get_conditions (void)
{
  return conditions;
}

VigilAnswer
vigil_answers_get (const VigilAnswers *self,
                   const char         *condition)
{
  int index = condition_index (condition);

  g_return_val_if_fail (self != NULL, VIGIL_ANSWER_UNKNOWN);
  g_return_val_if_fail (index >= 0, VIGIL_ANSWER_UNKNOWN);

  return self->answers[index];
}

void
vigil_answers_set (VigilAnswers *self,
                   const char   *condition,
                   gboolean      yes)
{
  int index = condition_index (condition);

  g_return_if_fail (self != NULL);
  g_return_if_fail (index >= 0 && index != (int) EMPLOYEES_CONDITION);

  self->answers[index] = yes ? VIGIL_ANSWER_YES : VIGIL_ANSWER_NO;
}

/**
 * vigil_answers_get_employees:
 *
 * Returns: how many people work in the organization, counting the owner; -1 if unanswered
 */
int
vigil_answers_get_employees (const VigilAnswers *self)
{
  g_return_val_if_fail (self != NULL, -1);
  return self->employees;
}

void
vigil_answers_set_employees (VigilAnswers *self,
                             int           employees)
{
  g_return_if_fail (self != NULL);

  self->employees = MAX (employees, -1);
  /* Joiners, leavers and training matter once someone other than the owner works there. */
  self->answers[EMPLOYEES_CONDITION] = employees < 0 ? VIGIL_ANSWER_UNKNOWN
                                       : employees > 1 ? VIGIL_ANSWER_YES : VIGIL_ANSWER_NO;
}

/**
 * vigil_answers_get_platforms:
 *
 * Returns: (transfer none) (nullable): the device platforms in use, %NULL if unanswered
 */
const char * const *
vigil_answers_get_platforms (const VigilAnswers *self)
{
  g_return_val_if_fail (self != NULL, NULL);
  return (const char * const *) self->platforms;
}

void
vigil_answers_set_platforms (VigilAnswers       *self,
                             const char * const *platforms)
{
  g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();

  g_return_if_fail (self != NULL);

  g_clear_pointer (&self->platforms, g_strfreev);
  if (platforms == NULL)
    return;

  /* Kept in one order, whatever the caller's, so equal answers store equal JSON. */
  for (guint i = 0; device_platforms[i] != NULL; i++)
    if (g_strv_contains (platforms, device_platforms[i]))
      g_strv_builder_add (builder, device_platforms[i]);
  self->platforms = g_strv_builder_end (builder);
}

/**
 * vigil_answers_has_platform:
 *
 * Returns: whether @platform is in use, or might be: %TRUE when unanswered
 */
gboolean
vigil_answers_has_platform (const VigilAnswers *self,
                            const char         *platform)
{
  g_return_val_if_fail (self != NULL, TRUE);

  if (g_strcmp0 (platform, "router") == 0)
    return self->answers[condition_index ("router")] != VIGIL_ANSWER_NO;

  return self->platforms == NULL || g_strv_contains ((const char * const *) self->platforms,
                                                     platform);
}

/**
 * vigil_answers_guideline_matters:
 *
 * Returns: %FALSE only when the guideline depends on situations that the answers all rule out
 */
gboolean
vigil_answers_guideline_matters (const VigilAnswers *self,
                                 VigilGuideline     *guideline)
{
  const char * const *when = vigil_guideline_get_applies_when (guideline);

  g_return_val_if_fail (self != NULL, TRUE);

  if (when[0] == NULL)
    return TRUE;

  for (guint i = 0; when[i] != NULL; i++)
    {
      int index = condition_index (when[i]);

      if (index < 0 || self->answers[index] != VIGIL_ANSWER_NO)
        return TRUE;
    }

  return FALSE;
}

/**
 * vigil_answers_guideline_targeted:
 *
 * Returns: whether the answers say yes to a situation the guideline is written for, which
 *   puts it ahead of general guidance of the same level
 */
gboolean
vigil_answers_guideline_targeted (const VigilAnswers *self,
                                  VigilGuideline     *guideline)
{
  const char * const *when = vigil_guideline_get_applies_when (guideline);

  g_return_val_if_fail (self != NULL, FALSE);

  for (guint i = 0; when[i] != NULL; i++)
    {
      int index = condition_index (when[i]);

      if (index >= 0 && self->answers[index] == VIGIL_ANSWER_YES)
        return TRUE;
    }

  return FALSE;
}

static gboolean
has_any (const VigilAnswers *self,
         const char * const *platforms)
{
  for (guint i = 0; platforms[i] != NULL; i++)
    if (vigil_answers_has_platform (self, platforms[i]))
      return TRUE;
  return FALSE;
}

/**
 * vigil_answers_item_matters:
 *
 * An item whose how-tos are all for one kind of device (computers, phones and tablets, or
 * the router) matters when that kind of device is in use. The kind, not the exact platform,
 * decides: a step written up for Windows and macOS still applies to a Linux computer.
 *
 * Returns: whether @item applies to the devices in the answers
 */
gboolean
vigil_answers_item_matters (const VigilAnswers *self,
                            VigilChecklistItem *item)
{
  const char * const *howtos = vigil_checklist_item_get_howto_platforms (item);

  g_return_val_if_fail (self != NULL, TRUE);

  if (howtos == NULL || howtos[0] == NULL)
    return TRUE;

  for (guint i = 0; howtos[i] != NULL; i++)
    {
      if (g_str_equal (howtos[i], "router") && vigil_answers_has_platform (self, "router"))
        return TRUE;
      if (g_strv_contains (computers, howtos[i]) && has_any (self, computers))
        return TRUE;
      if (g_strv_contains (phones, howtos[i]) && has_any (self, phones))
        return TRUE;
    }

  return FALSE;
}
