/* vigil-catalog-loader.c
 *
 * Copyright 2026 The Vigil developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vigil-catalog-loader"

#include "config.h"

#include <string.h>

#include "vigil-catalog-loader-private.h"
#include "vigil-core-resources.h"
#include "vigil-text.h"

#define CONTENT_RESOURCE_PATH RESOURCE_BASE_PATH "/content"
#define CATALOG_FORMAT 1
#define MAX_ITEMS_PER_GUIDELINE 8

G_DEFINE_QUARK (vigil-catalog-error-quark, vigil_catalog_error)

static const char * const section_fields[] = {
  "id", "title", "summary", "icon", "entries", NULL
};
static const char * const guideline_fields[] = {
  "id", "title", "summary", "body", "audience", "level", "effort", "recurrence", "platforms",
  "threats", "assets", "related", "references", "reviewed", "retired", "replaced_by", "items",
  "applies_when", NULL
};
static const char * const item_fields[] = {
  "id", "title", "details", "howto", "retired", "replaced_by", NULL
};
static const char * const reference_fields[] = {
  "scheme", "id", NULL
};
static const char * const platforms[] = {
  "windows", "macos", "gnome", "android", "ios", "router", NULL
};
/* The profile answers that can make a guideline matter; see vigil-answers.c. */
static const char * const conditions[] = {
  "children", "home-working", "router", "website", "card-payments", "cloud", "employees", NULL
};
static const char * const audiences[] = {
  "consumer", "organization", "provider", NULL
};
static const char * const levels[] = {
  "essential", "recommended", "advanced", NULL
};

static void
pending_link_free (VigilPendingLink *link)
{
  g_free (link->file);
  g_free (link->path);
  g_free (link->target);
  g_free (link);
}

void
_vigil_loader_add_link (VigilLoader   *loader,
                        VigilLinkKind  kind,
                        GObject       *owner,
                        const char    *file,
                        const char    *path,
                        const char    *target)
{
  VigilPendingLink *link = g_new0 (VigilPendingLink, 1);

  link->kind = kind;
  link->owner = owner;
  link->file = g_strdup (file);
  link->path = g_strdup (path);
  link->target = g_strdup (target);
  g_ptr_array_add (target != NULL ? loader->links : loader->listable, link);
}

void
_vigil_loader_add_listable (VigilLoader *loader,
                            GObject     *object,
                            const char  *file,
                            const char  *path)
{
  _vigil_loader_add_link (loader, VIGIL_LINK_SECTION_ENTRY, object, file, path, NULL);
}

/* A JSON array of ids, each becoming a pending link of @kind. */
gboolean
_vigil_loader_add_id_links (VigilLoader    *loader,
                            VigilLinkKind   kind,
                            GObject        *owner,
                            JsonObject     *object,
                            const char     *member,
                            gboolean        required,
                            const char     *file,
                            const char     *path,
                            GError        **error)
{
  JsonArray *array;
  guint n;

  if (!_vigil_json_get_array (object, member, required, file, path, &array, error))
    return FALSE;
  if (array == NULL)
    return TRUE;

  n = json_array_get_length (array);
  if (n == 0 && required)
    {
      g_autofree char *where = _vigil_json_member_path (path, member);
      return _vigil_json_fail (error, VIGIL_CATALOG_ERROR_MISSING_FIELD, file, where,
                               "at least one id is needed");
    }

  for (guint i = 0; i < n; i++)
    {
      g_autofree char *where = _vigil_json_element_path (path, member, i);
      const char *target;

      if (!_vigil_json_check_string_node (json_array_get_element (array, i), file, where,
                                          &target, error))
        return FALSE;

      _vigil_loader_add_link (loader, kind, owner, file, where, target);
    }

  return TRUE;
}

void
_vigil_loader_add_text_links (VigilLoader *loader,
                              GObject     *owner,
                              const char  *text,
                              const char  *file,
                              const char  *path)
{
  g_autoptr(GPtrArray) ids = NULL;

  if (text == NULL)
    return;

  ids = vigil_text_collect_links (text);
  for (guint i = 0; i < ids->len; i++)
    _vigil_loader_add_link (loader, VIGIL_LINK_TEXT, owner, file, path, g_ptr_array_index (ids, i));
}

gboolean
_vigil_loader_define_id (VigilLoader *loader,
                         const char  *id,
                         GObject     *object,
                         const char  *file,
                         const char  *path,
                         GError     **error)
{
  g_autofree char *where = _vigil_json_member_path (path, "id");
  g_autofree char *location = g_strdup_printf ("%s: %s", file, _vigil_json_display_path (where));

  if (!_vigil_json_check_id_syntax (id, file, where, error))
    return FALSE;

  if (_vigil_catalog_index (loader->catalog, id, object) != NULL)
    return _vigil_json_fail (error, VIGIL_CATALOG_ERROR_DUPLICATE_ID, file, where,
                             "id “%s” is already defined at %s", id,
                             (const char *)g_hash_table_lookup (loader->defined_at, id));

  g_hash_table_insert (loader->defined_at, g_strdup (id), g_steal_pointer (&location));

  return TRUE;
}

/* Ids nest: "consumer" → "consumer.updates" → "consumer.updates.auto-phone". */
gboolean
_vigil_loader_has_id_prefix (const char *id,
                             const char *parent)
{
  gsize len = strlen (parent);

  return strncmp (id, parent, len) == 0 && id[len] == '.' && id[len + 1] != '\0';
}

/* Appends each reference of the array @member (if present) to @into. */
gboolean
_vigil_loader_parse_references (VigilLoader  *loader,
                                JsonObject   *object,
                                const char   *member,
                                const char   *file,
                                const char   *path,
                                GListStore   *into,
                                GError      **error)
{
  JsonArray *array;
  guint n;

  if (!_vigil_json_get_array (object, member, FALSE, file, path, &array, error))
    return FALSE;
  if (array == NULL)
    return TRUE;

  n = json_array_get_length (array);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *where = _vigil_json_element_path (path, member, i);
      g_autofree char *id_path = _vigil_json_member_path (where, "id");
      JsonObject *ref_object = NULL;
      VigilReference *reference;
      const char *scheme, *id;

      if (!_vigil_json_get_object_element (array, i, file, where, &ref_object, error) ||
          !_vigil_json_check_fields (ref_object, reference_fields, file, where, error) ||
          !_vigil_json_get_string (ref_object, "scheme", TRUE, file, where, &scheme, error) ||
          !_vigil_json_get_string (ref_object, "id", TRUE, file, where, &id, error))
        return FALSE;

      if (!vigil_reference_registry_has_scheme (loader->references, scheme))
        {
          g_autofree char *scheme_path = _vigil_json_member_path (where, "scheme");
          return _vigil_json_fail (error, VIGIL_CATALOG_ERROR_UNKNOWN_REFERENCE, file,
                                   scheme_path, "“%s” is not a known reference scheme", scheme);
        }

      reference = vigil_reference_registry_lookup (loader->references, scheme, id);
      if (reference == NULL)
        return _vigil_json_fail (error, VIGIL_CATALOG_ERROR_UNKNOWN_REFERENCE, file, id_path,
                                 "“%s” is not an identifier of %s", id, scheme);

      g_list_store_append (into, reference);
    }

  return TRUE;
}

/* "retired": true needs "replaced_by"; the replacement is resolved with the other links. */
static gboolean
parse_retired (JsonObject   *object,
               const char   *file,
               const char   *path,
               gboolean     *retired,
               const char  **replaced_by,
               GError      **error)
{
  JsonNode *node = json_object_get_member (object, "retired");
  g_autofree char *retired_path = _vigil_json_member_path (path, "retired");
  g_autofree char *replaced_path = _vigil_json_member_path (path, "replaced_by");

  *retired = FALSE;

  if (node != NULL)
    {
      if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_BOOLEAN)
        return _vigil_json_fail (error, VIGIL_CATALOG_ERROR_WRONG_TYPE, file, retired_path,
                                 "expected true or false");
      *retired = json_node_get_boolean (node);
    }

  if (!_vigil_json_get_string (object, "replaced_by", *retired, file, path, replaced_by, error))
    return FALSE;

  if (*replaced_by != NULL && !*retired)
    return _vigil_json_fail (error, VIGIL_CATALOG_ERROR_INVALID_VALUE, file, replaced_path,
                             "only a retired id can be replaced");

  return TRUE;
}

static void
add_replacement_link (VigilLoader *loader,
                      GObject     *owner,
                      const char  *replaced_by,
                      const char  *file,
                      const char  *path)
{
  g_autofree char *where = _vigil_json_member_path (path, "replaced_by");

  if (replaced_by != NULL)
    _vigil_loader_add_link (loader, VIGIL_LINK_REPLACED_BY, owner, file, where, replaced_by);
}

static gboolean
parse_howto (VigilChecklistItem *item,
             JsonObject         *object,
             const char         *file,
             const char         *path,
             GError            **error)
{
  g_autofree char *howto_path = _vigil_json_member_path (path, "howto");
  JsonNode *node = json_object_get_member (object, "howto");
  JsonObject *howto;
  g_autoptr(GList) members = NULL;
  const char *item_id = vigil_checklist_item_get_id (item);

  if (node == NULL)
    return TRUE;

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return _vigil_json_fail (error, VIGIL_CATALOG_ERROR_WRONG_TYPE, file, howto_path,
                             "expected an object");

  howto = json_node_get_object (node);
  members = json_object_get_members (howto);

  for (const GList *l = members; l != NULL; l = l->next)
    {
      const char *platform = l->data;
      g_autofree char *platform_path = _vigil_json_member_path (howto_path, platform);
      g_autoptr(GStrvBuilder) builder = g_strv_builder_new ();
      JsonArray *steps;
      guint n_steps;

      if (!g_strv_contains (platforms, platform))
        return _vigil_json_fail (error, VIGIL_CATALOG_ERROR_INVALID_VALUE, file, platform_path,
                                 "“%s” is not a known platform", platform);

      if (!_vigil_json_get_array (howto, platform, TRUE, file, howto_path, &steps, error))
        return FALSE;

      n_steps = json_array_get_length (steps);
      if (n_steps == 0)
        return _vigil_json_fail (error, VIGIL_CATALOG_ERROR_EMPTY_STRING, file, platform_path,
                                 "a how-to needs at least one step");

      for (guint i = 0; i < n_steps; i++)
        {
          g_autofree char *field = g_strdup_printf ("howto.%s.%u", platform, i + 1);
          JsonNode *step_node = json_array_get_element (steps, i);
          const char *step = JSON_NODE_HOLDS_VALUE (step_node) &&
                             json_node_get_value_type (step_node) == G_TYPE_STRING
                             ? json_node_get_string (step_node) : NULL;

          if (step == NULL || _vigil_json_is_blank (step))
            {
              g_autofree char *step_path = g_strdup_printf ("%s[%u]", platform_path, i);

              if (!_vigil_json_check_string_node (step_node, file, step_path, &step, error))
                return FALSE;
            }

          g_strv_builder_add (builder, _vigil_loader_translate (item_id, field, step));
        }

      _vigil_checklist_item_add_howto (item, platform, g_strv_builder_end (builder));
    }

  return TRUE;
}

static gboolean
parse_item (VigilLoader    *loader,
            VigilGuideline *guideline,
            JsonObject     *object,
            const char     *file,
            const char     *path,
            GError        **error)
{
  g_autoptr(VigilChecklistItem) item = NULL;
  const char *id, *title, *details;
  gboolean retired;
  const char *replaced_by;

  if (!_vigil_json_check_fields (object, item_fields, file, path, error) ||
      !_vigil_json_get_string (object, "id", TRUE, file, path, &id, error) ||
      !_vigil_json_get_string (object, "title", TRUE, file, path, &title, error) ||
      !_vigil_json_get_string (object, "details", FALSE, file, path, &details, error))
    return FALSE;

  item = _vigil_checklist_item_new (id,
                                    _vigil_loader_translate (id, "title", title),
                                    _vigil_loader_translate (id, "details", details));

  if (!_vigil_loader_define_id (loader, id, G_OBJECT (item), file, path, error) ||
      !parse_retired (object, file, path, &retired, &replaced_by, error))
    return FALSE;

  if (retired)
    _vigil_checklist_item_retire (item, replaced_by);
  add_replacement_link (loader, G_OBJECT (item), replaced_by, file, path);

  if (!_vigil_loader_has_id_prefix (id, vigil_guideline_get_id (guideline)))
    {
      g_autofree char *where = _vigil_json_member_path (path, "id");
      return _vigil_json_fail (error, VIGIL_CATALOG_ERROR_INVALID_VALUE, file, where,
                               "item id “%s” must start with its guideline's id, “%s.”",
                               id, vigil_guideline_get_id (guideline));
    }

  if (!parse_howto (item, object, file, path, error))
    return FALSE;

  _vigil_guideline_add_item (guideline, item);

  return TRUE;
}

static gboolean
parse_string_list (JsonObject          *object,
                   const char          *member,
                   const char * const  *choices,
                   const char          *file,
                   const char          *path,
                   GPtrArray           *out,
                   GError             **error)
{
  JsonArray *array;
  guint n;

  if (!_vigil_json_get_array (object, member, FALSE, file, path, &array, error))
    return FALSE;
  if (array == NULL)
    return TRUE;

  n = json_array_get_length (array);
  for (guint i = 0; i < n; i++)
    {
      g_autofree char *where = _vigil_json_element_path (path, member, i);
      const char *value;

      if (!_vigil_json_check_string_node (json_array_get_element (array, i), file, where, &value,
                                          error))
        return FALSE;

      if (choices != NULL && !g_strv_contains (choices, value))
        return _vigil_json_fail (error, VIGIL_CATALOG_ERROR_INVALID_VALUE, file, where,
                                 "“%s” is not one of the allowed values", value);

      g_ptr_array_add (out, g_strdup (value));
    }

  return TRUE;
}

/* Every guideline cites ISO/IEC 27032; guidance for organizations and providers must also
 * map to the control sets an auditor or insurer asks about. */
static gboolean
check_reference_mix (VigilGuideline *guideline,
                     const char     *file,
                     const char     *path,
                     GError        **error)
{
  GListModel *references = vigil_guideline_get_references (guideline);
  gboolean iso27032 = FALSE, iso27002 = FALSE, nist = FALSE;
  g_autofree char *where = _vigil_json_member_path (path, "references");

  for (guint i = 0; i < g_list_model_get_n_items (references); i++)
    {
      g_autoptr(VigilReference) reference = g_list_model_get_item (references, i);
      const char *scheme = vigil_reference_get_scheme (reference);

      iso27032 |= g_str_has_prefix (scheme, "iso27032-");
      iso27002 |= g_str_equal (scheme, "iso27002-2022");
      nist |= g_str_equal (scheme, "nist-csf-2.0");
    }

  if (!iso27032)
    return _vigil_json_fail (error, VIGIL_CATALOG_ERROR_MISSING_FIELD, file, where,
                             "a guideline must cite at least one ISO/IEC 27032 clause");

  if (vigil_guideline_get_audience (guideline) != VIGIL_AUDIENCE_CONSUMER && (!iso27002 || !nist))
    return _vigil_json_fail (error, VIGIL_CATALOG_ERROR_MISSING_FIELD, file, where,
                             "guidance for organizations and providers must cite at least one "
                             "ISO/IEC 27002:2022 control and one NIST CSF 2.0 subcategory");

  return TRUE;
}

static gboolean
parse_guideline (VigilLoader *loader,
                 JsonObject  *object,
                 const char  *file,
                 const char  *path,
                 GError     **error)
{
  g_autoptr(VigilGuideline) guideline = NULL;
  g_autoptr(GPtrArray) platform_list = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) condition_list = g_ptr_array_new_null_terminated (0, g_free, TRUE);
  VigilGuidelineFields fields = { 0 };
  const char *original_body;
  JsonArray *items;
  guint audience, level, n_items;

  if (!_vigil_json_check_fields (object, guideline_fields, file, path, error) ||
      !_vigil_json_get_string (object, "id", TRUE, file, path, &fields.id, error) ||
      !_vigil_json_get_string (object, "title", TRUE, file, path, &fields.title, error) ||
      !_vigil_json_get_string (object, "summary", TRUE, file, path, &fields.summary, error) ||
      !_vigil_json_get_string (object, "body", TRUE, file, path, &fields.body, error) ||
      !_vigil_json_get_enum (object, "audience", audiences, file, path, &audience, error) ||
      !_vigil_json_get_enum (object, "level", levels, file, path, &level, error) ||
      !_vigil_json_get_uint (object, "effort", TRUE, file, path, &fields.effort, error) ||
      !_vigil_json_get_uint (object, "recurrence", FALSE, file, path, &fields.recurrence, error) ||
      !parse_string_list (object, "platforms", platforms, file, path, platform_list, error) ||
      !parse_string_list (object, "applies_when", conditions, file, path, condition_list,
                          error) ||
      !_vigil_json_get_string (object, "reviewed", TRUE, file, path, &fields.reviewed, error))
    return FALSE;

  {
    g_autofree char *where = _vigil_json_member_path (path, "reviewed");
    if (!_vigil_json_check_date (fields.reviewed, file, where, error))
      return FALSE;
  }

  original_body = fields.body;
  _vigil_loader_take_untranslated ();
  fields.audience = audience;
  fields.level = level;
  fields.applies_when = (const char * const *) condition_list->pdata;
  fields.title = _vigil_loader_translate (fields.id, "title", fields.title);
  fields.summary = _vigil_loader_translate (fields.id, "summary", fields.summary);
  fields.body = _vigil_loader_translate (fields.id, "body", fields.body);

  if (!parse_retired (object, file, path, &fields.retired, &fields.replaced_by, error))
    return FALSE;

  guideline = _vigil_guideline_new (&fields);

  if (!_vigil_loader_define_id (loader, fields.id, G_OBJECT (guideline), file, path, error))
    return FALSE;
  add_replacement_link (loader, G_OBJECT (guideline), fields.replaced_by, file, path);

  if (!_vigil_loader_parse_references (loader, object, "references", file, path,
                                       G_LIST_STORE (vigil_guideline_get_references (guideline)),
                                       error) ||
      !check_reference_mix (guideline, file, path, error) ||
      !_vigil_loader_add_id_links (loader, VIGIL_LINK_GUIDELINE_THREAT, G_OBJECT (guideline),
                                   object, "threats", TRUE, file, path, error) ||
      !_vigil_loader_add_id_links (loader, VIGIL_LINK_GUIDELINE_ASSET, G_OBJECT (guideline),
                                   object, "assets", TRUE, file, path, error) ||
      !_vigil_loader_add_id_links (loader, VIGIL_LINK_GUIDELINE_RELATED, G_OBJECT (guideline),
                                   object, "related", FALSE, file, path, error) ||
      !_vigil_json_get_array (object, "items", TRUE, file, path, &items, error))
    return FALSE;

  {
    g_autofree char *where = _vigil_json_member_path (path, "body");
    _vigil_loader_add_text_links (loader, G_OBJECT (guideline), original_body, file, where);
  }

  n_items = json_array_get_length (items);
  if (n_items == 0 || n_items > MAX_ITEMS_PER_GUIDELINE)
    {
      g_autofree char *where = _vigil_json_member_path (path, "items");
      return _vigil_json_fail (error, VIGIL_CATALOG_ERROR_INVALID_VALUE, file, where,
                               "a guideline needs 1 to %d checklist items, not %u",
                               MAX_ITEMS_PER_GUIDELINE, n_items);
    }

  for (guint i = 0; i < n_items; i++)
    {
      g_autofree char *where = _vigil_json_element_path (path, "items", i);
      JsonObject *item_object = NULL;

      if (!_vigil_json_get_object_element (items, i, file, where, &item_object, error) ||
          !parse_item (loader, guideline, item_object, file, where, error))
        return FALSE;
    }

  _vigil_loader_add_listable (loader, G_OBJECT (guideline), file, path);
  if (_vigil_loader_take_untranslated () > 0)
    _vigil_guideline_set_untranslated (guideline);

  return TRUE;
}

static gboolean
parse_section (VigilLoader *loader,
               JsonObject  *object,
               const char  *file,
               const char  *path,
               GError     **error)
{
  g_autoptr(VigilSection) section = NULL;
  const char *id, *title, *summary, *icon;

  if (!_vigil_json_check_fields (object, section_fields, file, path, error) ||
      !_vigil_json_get_string (object, "id", TRUE, file, path, &id, error) ||
      !_vigil_json_get_string (object, "title", TRUE, file, path, &title, error) ||
      !_vigil_json_get_string (object, "summary", TRUE, file, path, &summary, error) ||
      !_vigil_json_get_string (object, "icon", TRUE, file, path, &icon, error))
    return FALSE;

  section = _vigil_section_new (id,
                                _vigil_loader_translate (id, "title", title),
                                _vigil_loader_translate (id, "summary", summary),
                                icon);

  if (!_vigil_loader_define_id (loader, id, G_OBJECT (section), file, path, error) ||
      !_vigil_loader_add_id_links (loader, VIGIL_LINK_SECTION_ENTRY, G_OBJECT (section),
                                   object, "entries", TRUE, file, path, error))
    return FALSE;

  _vigil_catalog_add_section (loader->catalog, section);

  return TRUE;
}

/* JSON parsing is most of the load time, and documents are independent: parse them on all
 * cores first, then validate them in order on the calling thread. */
typedef struct
{
  GBytes   *bytes;
  JsonNode *root;
  GError   *error;
} ParseJob;

static void
run_parse_job (gpointer data,
               gpointer user_data)
{
  ParseJob *job = data;
  g_autoptr(JsonParser) parser = json_parser_new_immutable ();

  if (json_parser_load_from_data (parser,
                                  g_bytes_get_data (job->bytes, NULL),
                                  g_bytes_get_size (job->bytes),
                                  &job->error))
    job->root = json_parser_steal_root (parser);
}

static void
parse_all (ParseJob *jobs,
           guint     n_jobs)
{
  guint n_threads = MIN (g_get_num_processors (), n_jobs);
  GThreadPool *pool;

  if (n_threads < 2)
    {
      for (guint i = 0; i < n_jobs; i++)
        run_parse_job (&jobs[i], NULL);
      return;
    }

  pool = g_thread_pool_new (run_parse_job, NULL, n_threads, TRUE, NULL);
  for (guint i = 0; i < n_jobs; i++)
    g_thread_pool_push (pool, &jobs[i], NULL);
  g_thread_pool_free (pool, FALSE, TRUE);
}

static gboolean
parse_document (VigilLoader *loader,
                const char  *file,
                ParseJob    *job,
                GError     **error)
{
  g_autoptr(GList) members = NULL;
  JsonObject *root;
  JsonNode *node;

  if (job->error != NULL)
    return _vigil_json_fail (error, VIGIL_CATALOG_ERROR_INVALID_JSON, file, "$", "%s",
                             job->error->message);

  node = job->root;
  if (node == NULL || !JSON_NODE_HOLDS_OBJECT (node))
    return _vigil_json_fail (error, VIGIL_CATALOG_ERROR_WRONG_TYPE, file, "$",
                             "a content file must hold one JSON object");

  root = json_node_get_object (node);
  members = json_object_get_members (root);

  for (const GList *l = members; l != NULL; l = l->next)
    {
      const char *member = l->data;
      g_autofree char *member_where = _vigil_json_member_path ("$", member);
      JsonArray *array;

      if (g_str_equal (member, "format"))
        {
          JsonNode *format = json_object_get_member (root, "format");

          if (!JSON_NODE_HOLDS_VALUE (format) || json_node_get_value_type (format) != G_TYPE_INT64)
            return _vigil_json_fail (error, VIGIL_CATALOG_ERROR_WRONG_TYPE, file, member_where,
                                     "expected a whole number");
          if (json_node_get_int (format) != CATALOG_FORMAT)
            return _vigil_json_fail (error, VIGIL_CATALOG_ERROR_INVALID_VALUE, file, member_where,
                                     "format %" G_GINT64_FORMAT " is not supported (expected %d)",
                                     json_node_get_int (format), CATALOG_FORMAT);
          continue;
        }

      if (!g_str_equal (member, "sections") && !g_str_equal (member, "guidelines") &&
          !g_str_equal (member, "entries"))
        return _vigil_json_fail (error, VIGIL_CATALOG_ERROR_UNKNOWN_FIELD, file, member_where,
                                 "unknown field “%s”", member);

      if (!_vigil_json_get_array (root, member, TRUE, file, "$", &array, error))
        return FALSE;

      for (guint i = 0; i < json_array_get_length (array); i++)
        {
          g_autofree char *where = _vigil_json_element_path ("$", member, i);
          JsonObject *object = NULL;
          gboolean ok;

          if (!_vigil_json_get_object_element (array, i, file, where, &object, error))
            return FALSE;

          if (g_str_equal (member, "sections"))
            ok = parse_section (loader, object, file, where, error);
          else if (g_str_equal (member, "guidelines"))
            ok = parse_guideline (loader, object, file, where, error);
          else
            ok = _vigil_loader_parse_entry (loader, object, file, where, error);

          if (!ok)
            return FALSE;
        }
    }

  return TRUE;
}

static void
loader_clear (VigilLoader *loader)
{
  g_clear_object (&loader->catalog);
  g_clear_pointer (&loader->defined_at, g_hash_table_unref);
  g_clear_pointer (&loader->links, g_ptr_array_unref);
  g_clear_pointer (&loader->listable, g_ptr_array_unref);
}

G_DEFINE_AUTO_CLEANUP_CLEAR_FUNC (VigilLoader, loader_clear)

static VigilCatalog *
load_documents (const char * const      *names,
                GBytes * const          *documents,
                guint                    n_documents,
                VigilReferenceRegistry  *references,
                gboolean                 in_parallel,
                GError                 **error)
{
  g_auto(VigilLoader) loader = { 0 };
  ParseJob *jobs;
  gboolean ok = TRUE;

  loader.references = references;
  loader.catalog = _vigil_catalog_new (references);
  loader.defined_at = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, g_free);
  loader.links = g_ptr_array_new_with_free_func ((GDestroyNotify)pending_link_free);
  loader.listable = g_ptr_array_new_with_free_func ((GDestroyNotify)pending_link_free);

  _vigil_loader_begin_translating ();
  jobs = g_new0 (ParseJob, n_documents);
  for (guint i = 0; i < n_documents; i++)
    jobs[i].bytes = documents[i];
  if (in_parallel)
    parse_all (jobs, n_documents);

  /* One document's tree at a time when parsing here: the catalog copies what it keeps, and
   * the trees of all documents together are several times the size of the catalog. */
  for (guint i = 0; i < n_documents && ok; i++)
    {
      if (!in_parallel)
        run_parse_job (&jobs[i], NULL);
      ok = parse_document (&loader, names[i], &jobs[i], error);
      g_clear_pointer (&jobs[i].root, json_node_unref);
    }

  for (guint i = 0; i < n_documents; i++)
    {
      g_clear_pointer (&jobs[i].root, json_node_unref);
      g_clear_error (&jobs[i].error);
    }
  g_free (jobs);

  if (!ok)
    return NULL;

  if (!_vigil_loader_resolve (&loader, error))
    return NULL;

  if (g_list_model_get_n_items (vigil_catalog_get_sections (loader.catalog)) == 0)
    {
      g_set_error (error, VIGIL_CATALOG_ERROR, VIGIL_CATALOG_ERROR_MISSING_FIELD,
                   "catalog: sections: the catalog has no sections");
      return NULL;
    }

  return g_steal_pointer (&loader.catalog);
}

/**
 * vigil_catalog_load_documents:
 * @names: (array length=n_documents): a display name per document, used in error messages
 * @documents: (array length=n_documents): the JSON text of each document
 * @references: the reference data that cross-references are checked against
 *
 * Parses and validates a catalog spread over several documents.
 *
 * Returns: (transfer full): the catalog, or %NULL with @error set to a #VigilCatalogError
 */
VigilCatalog *
vigil_catalog_load_documents (const char * const      *names,
                              GBytes * const          *documents,
                              guint                    n_documents,
                              VigilReferenceRegistry  *references,
                              GError                 **error)
{
  g_return_val_if_fail (n_documents == 0 || names != NULL, NULL);
  g_return_val_if_fail (n_documents == 0 || documents != NULL, NULL);
  g_return_val_if_fail (VIGIL_IS_REFERENCE_REGISTRY (references), NULL);

  return load_documents (names, documents, n_documents, references, TRUE, error);
}

static int
compare_names (gconstpointer a,
               gconstpointer b)
{
  return g_strcmp0 (*(const char * const *)a, *(const char * const *)b);
}

static VigilCatalog *
load_collected (GPtrArray               *names,
                GPtrArray               *documents,
                VigilReferenceRegistry  *references,
                gboolean                 in_parallel,
                GError                 **error)
{
  return load_documents ((const char * const *)names->pdata,
                         (GBytes * const *)documents->pdata,
                         names->len, references, in_parallel, error);
}

static gboolean
collect_resources (const char  *root,
                   const char  *relative,
                   GPtrArray   *names,
                   GPtrArray   *documents,
                   GError     **error)
{
  g_autofree char *dir = g_build_path ("/", root, relative, "/", NULL);
  g_auto(GStrv) children = NULL;
  g_autoptr(GPtrArray) sorted = g_ptr_array_new ();

  children = g_resources_enumerate_children (dir, G_RESOURCE_LOOKUP_FLAGS_NONE, error);
  if (children == NULL)
    return FALSE;

  for (guint i = 0; children[i] != NULL; i++)
    g_ptr_array_add (sorted, children[i]);
  g_ptr_array_sort (sorted, compare_names);

  for (guint i = 0; i < sorted->len; i++)
    {
      const char *child = g_ptr_array_index (sorted, i);
      g_autofree char *name = g_build_path ("/", relative, child, NULL);

      if (g_str_has_suffix (child, "/"))
        {
          name[strlen (name) - 1] = '\0';
          if (!collect_resources (root, name, names, documents, error))
            return FALSE;
        }
      else if (g_str_has_suffix (child, ".json"))
        {
          g_autofree char *path = g_build_path ("/", root, name, NULL);
          GBytes *bytes = g_resources_lookup_data (path, G_RESOURCE_LOOKUP_FLAGS_NONE, error);

          if (bytes == NULL)
            return FALSE;

          g_ptr_array_add (names, g_steal_pointer (&name));
          g_ptr_array_add (documents, bytes);
        }
    }

  return TRUE;
}

/**
 * vigil_catalog_load_default:
 *
 * Loads and validates the catalog bundled with Vigil, translated into the current locale.
 *
 * Returns: (transfer full): the catalog, or %NULL with @error set
 */
VigilCatalog *
vigil_catalog_load_default (GError **error)
{
  g_autoptr(VigilReferenceRegistry) references = vigil_reference_registry_new ();
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) documents = g_ptr_array_new_with_free_func ((GDestroyNotify)g_bytes_unref);

  vigil_core_ensure_resources ();

  if (!vigil_reference_registry_load_resources (references, error) ||
      !collect_resources (CONTENT_RESOURCE_PATH, "", names, documents, error))
    return NULL;

  /* On this thread alone: Vigil loads its catalog on a thread of its own while GTK starts
   * (see vigil-application.c), which leaves no core idle for more; and one thread keeps the
   * parser's short-lived allocations in one malloc arena, where they are reused rather than
   * left resident in the arenas of helper threads. */
  return load_collected (names, documents, references, FALSE, error);
}

static gboolean
collect_files (GFile      *root,
               GFile      *directory,
               GPtrArray  *names,
               GPtrArray  *documents,
               GError    **error)
{
  g_autoptr(GFileEnumerator) enumerator = NULL;
  g_autoptr(GPtrArray) children = g_ptr_array_new_with_free_func (g_free);
  GFileInfo *info;

  enumerator = g_file_enumerate_children (directory,
                                          G_FILE_ATTRIBUTE_STANDARD_NAME ","
                                          G_FILE_ATTRIBUTE_STANDARD_TYPE,
                                          G_FILE_QUERY_INFO_NONE, NULL, error);
  if (enumerator == NULL)
    return FALSE;

  while (g_file_enumerator_iterate (enumerator, &info, NULL, NULL, error) && info != NULL)
    {
      const char *name = g_file_info_get_name (info);

      if (g_file_info_get_file_type (info) == G_FILE_TYPE_DIRECTORY)
        g_ptr_array_add (children, g_strconcat (name, "/", NULL));
      else if (g_str_has_suffix (name, ".json"))
        g_ptr_array_add (children, g_strdup (name));
    }

  if (error != NULL && *error != NULL)
    return FALSE;

  g_ptr_array_sort (children, compare_names);

  for (guint i = 0; i < children->len; i++)
    {
      const char *name = g_ptr_array_index (children, i);
      g_autofree char *plain = g_strdup (name);
      g_autoptr(GFile) child = NULL;

      if (g_str_has_suffix (plain, "/"))
        plain[strlen (plain) - 1] = '\0';
      child = g_file_get_child (directory, plain);

      if (g_str_has_suffix (name, "/"))
        {
          if (!collect_files (root, child, names, documents, error))
            return FALSE;
        }
      else
        {
          GBytes *bytes = g_file_load_bytes (child, NULL, NULL, error);

          if (bytes == NULL)
            return FALSE;

          g_ptr_array_add (names, g_file_get_relative_path (root, child));
          g_ptr_array_add (documents, bytes);
        }
    }

  return TRUE;
}

/**
 * vigil_catalog_load_directory:
 * @directory: a folder laid out like data/content/
 * @references: the reference data that cross-references are checked against
 *
 * Loads and validates every `*.json` file below @directory, as the build does.
 *
 * Returns: (transfer full): the catalog, or %NULL with @error set
 */
VigilCatalog *
vigil_catalog_load_directory (GFile                   *directory,
                              VigilReferenceRegistry  *references,
                              GError                 **error)
{
  g_autoptr(GPtrArray) names = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GPtrArray) documents = g_ptr_array_new_with_free_func ((GDestroyNotify)g_bytes_unref);

  g_return_val_if_fail (G_IS_FILE (directory), NULL);
  g_return_val_if_fail (VIGIL_IS_REFERENCE_REGISTRY (references), NULL);

  if (!collect_files (directory, directory, names, documents, error))
    return NULL;

  return load_collected (names, documents, references, TRUE, error);
}
