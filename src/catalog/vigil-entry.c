/* vigil-entry.c
 *
 * Copyright 2026 The Vigil developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vigil-entry"

#include "config.h"

#include <glib/gi18n-lib.h>

#include "vigil-catalog-private.h"

struct _VigilEntry
{
  GObject         parent_instance;

  char           *id;
  char           *category;
  char           *title;
  char           *summary;
  char           *body;
  char           *reviewed;
  VigilEntryKind  kind;
  gboolean        untranslated;

  /* Owned References */
  VigilReference *clause;
  GListStore     *references;
  GListStore     *related;     /* VigilEntry or VigilGuideline */
  GListStore     *assets;      /* threat → the assets it endangers */
  GListStore     *threats;     /* asset → the threats endangering it (computed) */
  GListStore     *guidelines;  /* threat: countering; asset: protecting; control: implementing */

  /* Borrowed References */
  VigilSection   *section;
};

G_DEFINE_FINAL_TYPE (VigilEntry, vigil_entry, G_TYPE_OBJECT)

enum {
  PROP_0,
  PROP_ID,
  PROP_TITLE,
  PROP_SUMMARY,
  N_PROPS
};

static GParamSpec *properties [N_PROPS];

static const struct {
  const char *id;
  const char *name;
} kinds[] = {
  [VIGIL_ENTRY_THREAT] = { "threat", NC_("entry kind", "Threat") },
  [VIGIL_ENTRY_ASSET] = { "asset", NC_("entry kind", "Asset") },
  [VIGIL_ENTRY_ROLE] = { "role", NC_("entry kind", "Role") },
  [VIGIL_ENTRY_CONTROL] = { "control", NC_("entry kind", "Control") },
  [VIGIL_ENTRY_TERM] = { "term", NC_("entry kind", "Glossary term") },
  [VIGIL_ENTRY_ARTICLE] = { "article", NC_("entry kind", "Article") },
};

static void
vigil_entry_dispose (GObject *object)
{
  VigilEntry *self = (VigilEntry *)object;

  /* Entries and guidelines point at each other; the catalog breaks the cycles through here. */
  g_list_store_remove_all (self->related);
  g_list_store_remove_all (self->assets);
  g_list_store_remove_all (self->threats);
  g_list_store_remove_all (self->guidelines);

  G_OBJECT_CLASS (vigil_entry_parent_class)->dispose (object);
}

static void
vigil_entry_finalize (GObject *object)
{
  VigilEntry *self = (VigilEntry *)object;

  g_clear_pointer (&self->id, g_free);
  g_clear_pointer (&self->category, g_free);
  g_clear_pointer (&self->title, g_free);
  g_clear_pointer (&self->summary, g_free);
  g_clear_pointer (&self->body, g_free);
  g_clear_pointer (&self->reviewed, g_free);
  g_clear_object (&self->clause);
  g_clear_object (&self->references);
  g_clear_object (&self->related);
  g_clear_object (&self->assets);
  g_clear_object (&self->threats);
  g_clear_object (&self->guidelines);

  G_OBJECT_CLASS (vigil_entry_parent_class)->finalize (object);
}

static void
vigil_entry_get_property (GObject    *object,
                          guint       prop_id,
                          GValue     *value,
                          GParamSpec *pspec)
{
  VigilEntry *self = VIGIL_ENTRY (object);

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
vigil_entry_class_init (VigilEntryClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = vigil_entry_dispose;
  object_class->finalize = vigil_entry_finalize;
  object_class->get_property = vigil_entry_get_property;

  properties [PROP_ID] =
    g_param_spec_string ("id", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties [PROP_TITLE] =
    g_param_spec_string ("title", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);
  properties [PROP_SUMMARY] =
    g_param_spec_string ("summary", NULL, NULL, NULL, G_PARAM_READABLE | G_PARAM_STATIC_STRINGS);

  g_object_class_install_properties (object_class, N_PROPS, properties);
}

static void
vigil_entry_init (VigilEntry *self)
{
  self->references = g_list_store_new (VIGIL_TYPE_REFERENCE);
  self->related = g_list_store_new (G_TYPE_OBJECT);
  self->assets = g_list_store_new (VIGIL_TYPE_ENTRY);
  self->threats = g_list_store_new (VIGIL_TYPE_ENTRY);
  self->guidelines = g_list_store_new (VIGIL_TYPE_GUIDELINE);
}

VigilEntry *
_vigil_entry_new (const VigilEntryFields *fields)
{
  VigilEntry *self;

  g_return_val_if_fail (fields != NULL && fields->id != NULL, NULL);

  self = g_object_new (VIGIL_TYPE_ENTRY, NULL);
  self->id = g_strdup (fields->id);
  self->kind = fields->kind;
  self->category = g_strdup (fields->category);
  self->title = g_strdup (fields->title);
  self->summary = g_strdup (fields->summary);
  self->body = g_strdup (fields->body);
  self->reviewed = g_strdup (fields->reviewed);

  return self;
}

void
_vigil_entry_set_clause (VigilEntry     *self,
                         VigilReference *clause)
{
  g_return_if_fail (VIGIL_IS_ENTRY (self));
  g_set_object (&self->clause, clause);
}

void
_vigil_entry_set_section (VigilEntry   *self,
                          VigilSection *section)
{
  g_return_if_fail (VIGIL_IS_ENTRY (self));
  self->section = section;
}

GListStore *
_vigil_entry_get_store (VigilEntry        *self,
                        VigilEntryStoreId  store)
{
  g_return_val_if_fail (VIGIL_IS_ENTRY (self), NULL);

  switch (store)
    {
    case VIGIL_ENTRY_STORE_REFERENCES:
      return self->references;
    case VIGIL_ENTRY_STORE_RELATED:
      return self->related;
    case VIGIL_ENTRY_STORE_ASSETS:
      return self->assets;
    case VIGIL_ENTRY_STORE_THREATS:
      return self->threats;
    case VIGIL_ENTRY_STORE_GUIDELINES:
      return self->guidelines;
    default:
      g_return_val_if_reached (NULL);
    }
}

const char *
vigil_entry_get_id (VigilEntry *self)
{
  g_return_val_if_fail (VIGIL_IS_ENTRY (self), NULL);
  return self->id;
}

VigilEntryKind
vigil_entry_get_kind (VigilEntry *self)
{
  g_return_val_if_fail (VIGIL_IS_ENTRY (self), 0);
  return self->kind;
}

/**
 * vigil_entry_get_category:
 *
 * Returns: (nullable): "attack" or "weakness" for threats, "personal" or "organizational"
 *   for assets
 */
const char *
vigil_entry_get_category (VigilEntry *self)
{
  g_return_val_if_fail (VIGIL_IS_ENTRY (self), NULL);
  return self->category;
}

const char *
vigil_entry_get_title (VigilEntry *self)
{
  g_return_val_if_fail (VIGIL_IS_ENTRY (self), NULL);
  return self->title;
}

/**
 * vigil_entry_get_summary:
 *
 * Returns: one sentence; for a glossary term, its definition
 */
const char *
vigil_entry_get_summary (VigilEntry *self)
{
  g_return_val_if_fail (VIGIL_IS_ENTRY (self), NULL);
  return self->summary;
}

/**
 * vigil_entry_get_body:
 *
 * Returns: (nullable): the text, which may link to other ids (see vigil-text.h)
 */
const char *
vigil_entry_get_body (VigilEntry *self)
{
  g_return_val_if_fail (VIGIL_IS_ENTRY (self), NULL);
  return self->body;
}

/**
 * vigil_entry_get_reviewed:
 *
 * Returns: (nullable): when an article was last checked, YYYY-MM-DD
 */
const char *
vigil_entry_get_reviewed (VigilEntry *self)
{
  g_return_val_if_fail (VIGIL_IS_ENTRY (self), NULL);
  return self->reviewed;
}

/**
 * vigil_entry_get_clause:
 *
 * Returns: (transfer none) (nullable): for a control, the clause that defines it
 */
VigilReference *
vigil_entry_get_clause (VigilEntry *self)
{
  g_return_val_if_fail (VIGIL_IS_ENTRY (self), NULL);
  return self->clause;
}

/**
 * vigil_entry_get_section:
 *
 * Returns: (transfer none) (nullable): the section listing the entry
 */
VigilSection *
vigil_entry_get_section (VigilEntry *self)
{
  g_return_val_if_fail (VIGIL_IS_ENTRY (self), NULL);
  return self->section;
}

/**
 * vigil_entry_get_references:
 *
 * Returns: (transfer none): a #GListModel of #VigilReference
 */
GListModel *
vigil_entry_get_references (VigilEntry *self)
{
  g_return_val_if_fail (VIGIL_IS_ENTRY (self), NULL);
  return G_LIST_MODEL (self->references);
}

/**
 * vigil_entry_get_related:
 *
 * Returns: (transfer none): a #GListModel of #VigilEntry and #VigilGuideline
 */
GListModel *
vigil_entry_get_related (VigilEntry *self)
{
  g_return_val_if_fail (VIGIL_IS_ENTRY (self), NULL);
  return G_LIST_MODEL (self->related);
}

/**
 * vigil_entry_get_assets:
 *
 * Returns: (transfer none): for a threat, the #VigilEntry assets it endangers
 */
GListModel *
vigil_entry_get_assets (VigilEntry *self)
{
  g_return_val_if_fail (VIGIL_IS_ENTRY (self), NULL);
  return G_LIST_MODEL (self->assets);
}

/**
 * vigil_entry_get_threats:
 *
 * Returns: (transfer none): for an asset, the #VigilEntry threats that endanger it
 */
GListModel *
vigil_entry_get_threats (VigilEntry *self)
{
  g_return_val_if_fail (VIGIL_IS_ENTRY (self), NULL);
  return G_LIST_MODEL (self->threats);
}

/**
 * vigil_entry_get_guidelines:
 *
 * Returns: (transfer none): the #VigilGuideline objects that counter a threat, protect an
 *   asset or implement a control
 */
GListModel *
vigil_entry_get_guidelines (VigilEntry *self)
{
  g_return_val_if_fail (VIGIL_IS_ENTRY (self), NULL);
  return G_LIST_MODEL (self->guidelines);
}

/**
 * vigil_entry_kind_to_string:
 *
 * Returns: the translated name of @kind
 */
const char *
vigil_entry_kind_to_string (VigilEntryKind kind)
{
  g_return_val_if_fail (kind <= VIGIL_ENTRY_ARTICLE, NULL);
  return g_dpgettext2 (GETTEXT_PACKAGE, "entry kind", kinds[kind].name);
}

/**
 * vigil_entry_kind_to_id:
 *
 * Returns: the schema name of @kind, such as "threat"
 */
const char *
vigil_entry_kind_to_id (VigilEntryKind kind)
{
  g_return_val_if_fail (kind <= VIGIL_ENTRY_ARTICLE, NULL);
  return kinds[kind].id;
}

void
_vigil_entry_set_untranslated (VigilEntry *self)
{
  g_return_if_fail (VIGIL_IS_ENTRY (self));
  self->untranslated = TRUE;
}

/**
 * vigil_entry_get_untranslated:
 *
 * Returns: whether some of the entry's text has no translation in the current language
 */
gboolean
vigil_entry_get_untranslated (VigilEntry *self)
{
  g_return_val_if_fail (VIGIL_IS_ENTRY (self), FALSE);
  return self->untranslated;
}
