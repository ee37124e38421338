/* vigil-catalog-entries.c
 *
 * Copyright 2026 The Vigil developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vigil-catalog-entries"

#include "config.h"

#include <string.h>

#include "vigil-catalog-loader-private.h"

static const char * const entry_fields[] = {
  "id", "kind", "title", "summary", "body", "category", "assets", "clause", "related",
  "references", "reviewed", NULL
};
static const char * const kinds[] = {
  [VIGIL_ENTRY_THREAT] = "threat",
  [VIGIL_ENTRY_ASSET] = "asset",
  [VIGIL_ENTRY_ROLE] = "role",
  [VIGIL_ENTRY_CONTROL] = "control",
  [VIGIL_ENTRY_TERM] = "term",
  [VIGIL_ENTRY_ARTICLE] = "article",
  NULL
};
static const char * const threat_categories[] = { "attack", "weakness", NULL };
static const char * const asset_categories[] = { "personal", "organizational", NULL };

static gboolean
forbid (JsonObject *object,
        const char *member,
        const char *kind,
        const char *file,
        const char *path,
        GError    **error)
{
  g_autofree char *where = NULL;

  if (!json_object_has_member (object, member))
    return TRUE;

  where = _vigil_json_member_path (path, member);

  return _vigil_json_fail (error, VIGIL_CATALOG_ERROR_UNKNOWN_FIELD, file, where,
                           "a %s has no “%s”", kind, member);
}

static gboolean
parse_category (JsonObject      *object,
                VigilEntryKind   kind,
                const char      *file,
                const char      *path,
                const char     **category,
                GError         **error)
{
  const char * const *choices = NULL;
  guint index;

  if (kind == VIGIL_ENTRY_THREAT)
    choices = threat_categories;
  else if (kind == VIGIL_ENTRY_ASSET)
    choices = asset_categories;

  *category = NULL;

  if (choices == NULL)
    return forbid (object, "category", kinds[kind], file, path, error);

  if (!_vigil_json_get_enum (object, "category", choices, file, path, &index, error))
    return FALSE;

  *category = choices[index];

  return TRUE;
}

/* A control is one 2012 control family (12.2–12.7) or one 2023 control theme (9.2.2–9.2.18). */
static gboolean
parse_clause (VigilLoader *loader,
              VigilEntry  *entry,
              JsonObject  *object,
              const char  *file,
              const char  *path,
              GError     **error)
{
  g_autoptr(GListStore) clause = g_list_store_new (VIGIL_TYPE_REFERENCE);
  g_autoptr(VigilReference) reference = NULL;
  g_autofree char *where = _vigil_json_member_path (path, "clause");
  JsonObject *wrapper = json_object_new ();
  JsonNode *node = json_object_get_member (object, "clause");
  const char *scheme, *id;
  gboolean ok;

  if (node == NULL)
    {
      json_object_unref (wrapper);
      return _vigil_json_fail (error, VIGIL_CATALOG_ERROR_MISSING_FIELD, file, where,
                               "required field is missing");
    }

  /* Reuse the reference parser by viewing the one clause as an array of one. */
  {
    JsonArray *array = json_array_new ();

    json_array_add_element (array, json_node_copy (node));
    json_object_set_array_member (wrapper, "clause", array);
  }
  ok = _vigil_loader_parse_references (loader, wrapper, "clause", file, path, clause, error);
  json_object_unref (wrapper);
  if (!ok)
    return FALSE;

  reference = g_list_model_get_item (G_LIST_MODEL (clause), 0);
  scheme = vigil_reference_get_scheme (reference);
  id = vigil_reference_get_id (reference);

  if (!(g_str_equal (scheme, "iso27032-2012") && g_str_has_prefix (id, "12.") &&
        !g_str_equal (id, "12.1")) &&
      !(g_str_equal (scheme, "iso27032-2023") && g_str_has_prefix (id, "9.2.") &&
        !g_str_equal (id, "9.2.1")))
    return _vigil_json_fail (error, VIGIL_CATALOG_ERROR_INVALID_VALUE, file, where,
                             "a control is an ISO/IEC 27032:2012 clause 12.2–12.7 or an "
                             "ISO/IEC 27032:2023 clause 9.2.2–9.2.18, not %s %s", scheme, id);

  _vigil_entry_set_clause (entry, reference);

  return TRUE;
}

gboolean
_vigil_loader_parse_entry (VigilLoader *loader,
                           JsonObject  *object,
                           const char  *file,
                           const char  *path,
                           GError     **error)
{
  g_autoptr(VigilEntry) entry = NULL;
  VigilEntryFields fields = { 0 };
  const char *original_body, *original_summary;
  guint kind;

  if (!_vigil_json_check_fields (object, entry_fields, file, path, error) ||
      !_vigil_json_get_string (object, "id", TRUE, file, path, &fields.id, error) ||
      !_vigil_json_get_enum (object, "kind", kinds, file, path, &kind, error) ||
      !_vigil_json_get_string (object, "title", TRUE, file, path, &fields.title, error) ||
      !_vigil_json_get_string (object, "summary", TRUE, file, path, &fields.summary, error) ||
      !_vigil_json_get_string (object, "body", kind != VIGIL_ENTRY_TERM, file, path,
                               &fields.body, error) ||
      !_vigil_json_get_string (object, "reviewed", kind == VIGIL_ENTRY_ARTICLE, file, path,
                               &fields.reviewed, error) ||
      !parse_category (object, kind, file, path, &fields.category, error))
    return FALSE;

  if (fields.reviewed != NULL)
    {
      g_autofree char *where = _vigil_json_member_path (path, "reviewed");
      if (!_vigil_json_check_date (fields.reviewed, file, where, error))
        return FALSE;
    }

  /* Articles belong to a section and take its prefix (checked when listed); the rest are
   * named after their kind, so that links read well: [phishing](threat.phishing). */
  if (kind != VIGIL_ENTRY_ARTICLE && !_vigil_loader_has_id_prefix (fields.id, kinds[kind]))
    {
      g_autofree char *where = _vigil_json_member_path (path, "id");
      return _vigil_json_fail (error, VIGIL_CATALOG_ERROR_INVALID_VALUE, file, where,
                               "the id of a %s must start with “%s.”", kinds[kind], kinds[kind]);
    }

  original_body = fields.body;
  original_summary = fields.summary;
  fields.kind = kind;
  _vigil_loader_take_untranslated ();
  fields.title = _vigil_loader_translate (fields.id, "title", fields.title);
  fields.summary = _vigil_loader_translate (fields.id, "summary", fields.summary);
  fields.body = _vigil_loader_translate (fields.id, "body", fields.body);

  entry = _vigil_entry_new (&fields);
  if (_vigil_loader_take_untranslated () > 0)
    _vigil_entry_set_untranslated (entry);

  if (!_vigil_loader_define_id (loader, fields.id, G_OBJECT (entry), file, path, error) ||
      !_vigil_loader_parse_references (loader, object, "references", file, path,
                                       _vigil_entry_get_store (entry, VIGIL_ENTRY_STORE_REFERENCES),
                                       error) ||
      !_vigil_loader_add_id_links (loader, VIGIL_LINK_ENTRY_RELATED, G_OBJECT (entry),
                                   object, "related", FALSE, file, path, error))
    return FALSE;

  if (kind == VIGIL_ENTRY_THREAT)
    {
      if (!_vigil_loader_add_id_links (loader, VIGIL_LINK_THREAT_ASSET, G_OBJECT (entry),
                                       object, "assets", TRUE, file, path, error))
        return FALSE;
    }
  else if (!forbid (object, "assets", kinds[kind], file, path, error))
    return FALSE;

  if (kind == VIGIL_ENTRY_CONTROL)
    {
      if (!parse_clause (loader, entry, object, file, path, error))
        return FALSE;
    }
  else if (!forbid (object, "clause", kinds[kind], file, path, error))
    return FALSE;

  {
    g_autofree char *body_path = _vigil_json_member_path (path, "body");
    g_autofree char *summary_path = _vigil_json_member_path (path, "summary");

    _vigil_loader_add_text_links (loader, G_OBJECT (entry), original_body, file, body_path);
    _vigil_loader_add_text_links (loader, G_OBJECT (entry), original_summary, file,
                                  summary_path);
  }

  _vigil_loader_add_listable (loader, G_OBJECT (entry), file, path);

  return TRUE;
}
