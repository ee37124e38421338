/* vigil-guideline.c
 *
 * Copyright 2026 The Vigil developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vigil-guideline"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "vigil-catalog-private.h"
#include "vigil-reference.h"

struct _VigilGuideline
{
  GObject        parent_instance;

  char          *id;
  char          *title;
  char          *summary;
  char          *body;
  char          *reviewed;
  VigilAudience  audience;
  VigilLevel     level;
  guint          effort;
  guint          recurrence;
  gboolean       retired;
  char          *replaced_by;
  GStrv          applies_when;
  gboolean       untranslated;

  /* Owned References */
  GListStore    *items;
  GListStore    *references;
  GListStore    *related;
  GListStore    *threats;
  GListStore    *assets;

  /* Borrowed References */
  VigilSection  *section;
};

G_DEFINE_FINAL_TYPE (VigilGuideline, vigil_guideline, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  PROP_SUMMARY,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static void
vigil_guideline_dispose (GObject *object)
{
  VigilGuideline *self = (VigilGuideline *)object;

  /* Related guidelines and entries point back at us: break the cycles here. */
  g_list_store_remove_all (self->related);
  g_list_store_remove_all (self->threats);
  g_list_store_remove_all (self->assets);

  G_OBJECT_CLASS (vigil_guideline_parent_class)->dispose (object);
}

static void
vigil_guideline_finalize (GObject *object)
{
  VigilGuideline *self = (VigilGuideline *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->summary, g_free);
  g_clear_pointer (&self->body, g_free);
  g_clear_pointer (&self->reviewed, g_free);
  g_clear_object (&self->items);
  g_clear_object (&self->references);
  g_clear_object (&self->related);
  g_clear_object (&self->threats);
  g_clear_object (&self->assets);
  g_clear_pointer (&self->replaced_by, g_free);
  g_clear_pointer (&self->applies_when, g_strfreev);

  G_OBJECT_CLASS (vigil_guideline_parent_class)->finalize (object);
}

static void
vigil_guideline_get_property (GObject    *object,
                              guint       prop_id,
                              GValue     *value,
                              GParamSpec *pspec)
{
  VigilGuideline *self = VIGIL_GUIDELINE (object);

  switch (prop_id)
    {
    case PROP_ID:
      g_value_set_string (value, self->id);
      break;

    case PROP_TITLE:
      g_value_set_string (value, self->title);
      break;

    case PROP_SUMMARY:
      g_value_set_string (value, self->summary);
      break;

    default:
      G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
vigil_guideline_class_init (VigilGuidelineClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = vigil_guideline_dispose;
  object_class->finalize = vigil_guideline_finalize;
  object_class->get_property = vigil_guideline_get_property;

  properties [PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties [PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties [PROP_SUMMARY] =
    g_param_spec_string ("summary", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
vigil_guideline_init (VigilGuideline *self)
{
  self->items = g_list_store_new (VIGIL_TYPE_CHECKLIST_ITEM);
  self->references = g_list_store_new (VIGIL_TYPE_REFERENCE);
  self->related = g_list_store_new (VIGIL_TYPE_GUIDELINE);
  self->threats = g_list_store_new (VIGIL_TYPE_ENTRY);
  self->assets = g_list_store_new (VIGIL_TYPE_ENTRY);
}

VigilGuideline *
_vigil_guideline_new (const VigilGuidelineFields *fields)
{
  VigilGuideline *self;

  g_return_val_if_fail (fields != NULL, NULL);
  g_return_val_if_fail (fields->id != NULL, NULL);

  self = g_object_new (VIGIL_TYPE_GUIDELINE, NULL);
  self->id = g_strdup (fields->id);
  self->title = g_strdup (fields->title);
  self->summary = g_strdup (fields->summary);
  self->body = g_strdup (fields->body);
  self->reviewed = g_strdup (fields->reviewed);
  self->audience = fields->audience;
  self->level = fields->level;
  self->effort = fields->effort;
  self->recurrence = fields->recurrence;
  self->retired = fields->retired;
  self->replaced_by = g_strdup (fields->replaced_by);
  self->applies_when = fields->applies_when != NULL
                       ? g_strdupv ((char **) fields->applies_when)
                       : g_new0 (char *, 1);

  return self;
}

void
_vigil_guideline_add_item (VigilGuideline     *self,
                           VigilChecklistItem *item)
{
  g_return_if_fail (VIGIL_IS_GUIDELINE (self));
  g_return_if_fail (VIGIL_IS_CHECKLIST_ITEM (item));

  _vigil_checklist_item_set_guideline (item, self);
  g_list_store_append (self->items, item);
}

void
_vigil_guideline_add_reference (VigilGuideline *self,
                                VigilReference *reference)
{
  g_return_if_fail (VIGIL_IS_GUIDELINE (self));

  g_list_store_append (self->references, reference);
}

GListStore *
_vigil_guideline_get_store (VigilGuideline        *self,
                            VigilGuidelineStoreId  store)
{
  g_return_val_if_fail (VIGIL_IS_GUIDELINE (self), NULL);

  switch (store)
    {
    case VIGIL_GUIDELINE_STORE_RELATED:
      return self->related;
    case VIGIL_GUIDELINE_STORE_THREATS:
      return self->threats;
    case VIGIL_GUIDELINE_STORE_ASSETS:
      return self->assets;
    default:
      g_return_val_if_reached (NULL);
    }
}

void
_vigil_guideline_set_section (VigilGuideline *self,
                              VigilSection   *section)
{
  g_return_if_fail (VIGIL_IS_GUIDELINE (self));

  self->section = section;
}

const char *
vigil_guideline_get_id (VigilGuideline *self)
{
  g_return_val_if_fail (VIGIL_IS_GUIDELINE (self), NULL);
  return self->id;
}

const char *
vigil_guideline_get_title (VigilGuideline *self)
{
  g_return_val_if_fail (VIGIL_IS_GUIDELINE (self), NULL);
  return self->title;
}

const char *
vigil_guideline_get_summary (VigilGuideline *self)
{
  g_return_val_if_fail (VIGIL_IS_GUIDELINE (self), NULL);
  return self->summary;
}

/**
 * vigil_guideline_get_body:
 *
 * Returns: paragraphs separated by a blank line; lines starting with "- " are bullets
 */
const char *
vigil_guideline_get_body (VigilGuideline *self)
{
  g_return_val_if_fail (VIGIL_IS_GUIDELINE (self), NULL);
  return self->body;
}

VigilAudience
vigil_guideline_get_audience (VigilGuideline *self)
{
  g_return_val_if_fail (VIGIL_IS_GUIDELINE (self), 0);
  return self->audience;
}

VigilLevel
vigil_guideline_get_level (VigilGuideline *self)
{
  g_return_val_if_fail (VIGIL_IS_GUIDELINE (self), 0);
  return self->level;
}

/**
 * vigil_guideline_get_effort:
 *
 * Returns: the estimated effort in minutes
 */
guint
vigil_guideline_get_effort (VigilGuideline *self)
{
  g_return_val_if_fail (VIGIL_IS_GUIDELINE (self), 0);
  return self->effort;
}

/**
 * vigil_guideline_get_recurrence:
 *
 * Returns: days after which the action should be repeated, or 0 when it is done once
 */
guint
vigil_guideline_get_recurrence (VigilGuideline *self)
{
  g_return_val_if_fail (VIGIL_IS_GUIDELINE (self), 0);
  return self->recurrence;
}

/**
 * vigil_guideline_get_reviewed:
 *
 * Returns: the date (YYYY-MM-DD) the guidance was last checked for accuracy
 */
const char *
vigil_guideline_get_reviewed (VigilGuideline *self)
{
  g_return_val_if_fail (VIGIL_IS_GUIDELINE (self), NULL);
  return self->reviewed;
}

/**
 * vigil_guideline_get_section:
 *
 * Returns: (transfer none): the section listing this guideline
 */
VigilSection *
vigil_guideline_get_section (VigilGuideline *self)
{
  g_return_val_if_fail (VIGIL_IS_GUIDELINE (self), NULL);
  return self->section;
}

/**
 * vigil_guideline_get_items:
 *
 * Returns: (transfer none): a #GListModel of #VigilChecklistItem
 */
GListModel *
vigil_guideline_get_items (VigilGuideline *self)
{
  g_return_val_if_fail (VIGIL_IS_GUIDELINE (self), NULL);
  return G_LIST_MODEL (self->items);
}

/**
 * vigil_guideline_get_references:
 *
 * Returns: (transfer none): a #GListModel of #VigilReference
 */
GListModel *
vigil_guideline_get_references (VigilGuideline *self)
{
  g_return_val_if_fail (VIGIL_IS_GUIDELINE (self), NULL);
  return G_LIST_MODEL (self->references);
}

/**
 * vigil_guideline_get_related:
 *
 * Returns: (transfer none): a #GListModel of related #VigilGuideline
 */
GListModel *
vigil_guideline_get_related (VigilGuideline *self)
{
  g_return_val_if_fail (VIGIL_IS_GUIDELINE (self), NULL);
  return G_LIST_MODEL (self->related);
}

/**
 * vigil_guideline_get_threats:
 *
 * Returns: (transfer none): the #VigilEntry threats this guideline counters
 */
GListModel *
vigil_guideline_get_threats (VigilGuideline *self)
{
  g_return_val_if_fail (VIGIL_IS_GUIDELINE (self), NULL);
  return G_LIST_MODEL (self->threats);
}

/**
 * vigil_guideline_get_assets:
 *
 * Returns: (transfer none): the #VigilEntry assets this guideline protects
 */
GListModel *
vigil_guideline_get_assets (VigilGuideline *self)
{
  g_return_val_if_fail (VIGIL_IS_GUIDELINE (self), NULL);
  return G_LIST_MODEL (self->assets);
}

/**
 * vigil_guideline_get_retired:
 *
 * Returns: whether the guideline is kept only for old progress and hidden
 */
gboolean
vigil_guideline_get_retired (VigilGuideline *self)
{
  g_return_val_if_fail (VIGIL_IS_GUIDELINE (self), FALSE);
  return self->retired;
}

/**
 * vigil_guideline_get_replaced_by:
 *
 * Returns: (nullable): the id of the guideline that replaces a retired one
 */
const char *
vigil_guideline_get_replaced_by (VigilGuideline *self)
{
  g_return_val_if_fail (VIGIL_IS_GUIDELINE (self), NULL);
  return self->replaced_by;
}

/**
 * vigil_level_to_string:
 *
 * Returns: the translated name of @level, for display
 */
const char *
vigil_level_to_string (VigilLevel level)
{
  switch (level)
    {
    case VIGIL_LEVEL_ESSENTIAL:
      return C_("level", "Essential");
    case VIGIL_LEVEL_RECOMMENDED:
      return C_("level", "Recommended");
    case VIGIL_LEVEL_ADVANCED:
      return C_("level", "Advanced");
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * vigil_audience_to_string:
 *
 * Returns: the translated name of @audience, for display
 */
const char *
vigil_audience_to_string (VigilAudience audience)
{
  switch (audience)
    {
    case VIGIL_AUDIENCE_CONSUMER:
      return C_("audience", "Home users");
    case VIGIL_AUDIENCE_ORGANIZATION:
      return C_("audience", "Organizations");
    case VIGIL_AUDIENCE_PROVIDER:
      return C_("audience", "Service providers");
    default:
      g_return_val_if_reached (NULL);
    }
}

/**
 * vigil_guideline_get_applies_when:
 *
 * The situations (`children`, `home-working`, `router`, `website`, `card-payments`, `cloud`,
 * `employees`) in which the guideline matters; it matters in any of them. Empty when it
 * matters to everyone of its audience.
 *
 * Returns: (transfer none): a %NULL-terminated array
 */
const char * const *
vigil_guideline_get_applies_when (VigilGuideline *self)
{
  g_return_val_if_fail (VIGIL_IS_GUIDELINE (self), NULL);

  return (const char * const *) self->applies_when;
}

void
_vigil_guideline_set_untranslated (VigilGuideline *self)
{
  g_return_if_fail (VIGIL_IS_GUIDELINE (self));
  self->untranslated = TRUE;
}

/**
 * vigil_guideline_get_untranslated:
 *
 * Returns: whether some of the guideline's text, its steps or how-tos included, has no
 *   translation in the current language and shows in English
 */
gboolean
vigil_guideline_get_untranslated (VigilGuideline *self)
{
  g_return_val_if_fail (VIGIL_IS_GUIDELINE (self), FALSE);
  return self->untranslated;
}
