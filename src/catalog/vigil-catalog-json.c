/* vigil-catalog-json.c
 *
 * Copyright 2026 The Vigil developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vigil-catalog-json"

#include "config.h"

#include <string.h>

#include "vigil-catalog-json-private.h"

/* Paths are made for every member the loader reads, so that a message can name where it
 * is; made without printf, which was ~5 % of loading the catalog. */
char *
_vigil_json_member_path (const char *path,
                         const char *member)
{
  return g_strconcat (path, ".", member, NULL);
}

char *
_vigil_json_element_path (const char *path,
                          const char *member,
                          guint       index)
{
  char digits[16];
  char *end = digits + sizeof digits;
  char *start = end;

  *--start = '\0';
  do
    *--start = (char) ('0' + index % 10);
  while ((index /= 10) > 0);

  return g_strconcat (path, ".", member, "[", start, "]", NULL);
}

/* "file.json: $.guidelines[0].id" reads worse than "file.json: guidelines[0].id" */
const char *
_vigil_json_display_path (const char *path)
{
  if (g_str_has_prefix (path, "$."))
    return path + 2;
  return path;
}

gboolean
_vigil_json_fail (GError            **error,
                  VigilCatalogError   code,
                  const char         *file,
                  const char         *path,
                  const char         *format,
                  ...)
{
  g_autofree char *detail = NULL;
  va_list args;

  va_start (args, format);
  detail = g_strdup_vprintf (format, args);
  va_end (args);

  g_set_error (error, VIGIL_CATALOG_ERROR, code, "%s: %s: %s", file,
               _vigil_json_display_path (path), detail);

  return FALSE;
}

gboolean
_vigil_json_check_fields (JsonObject         *object,
                          const char * const *allowed,
                          const char         *file,
                          const char         *path,
                          GError            **error)
{
  g_autoptr(GList) members = json_object_get_members (object);

  for (const GList *l = members; l != NULL; l = l->next)
    {
      if (!g_strv_contains (allowed, l->data))
        {
          g_autofree char *where = _vigil_json_member_path (path, l->data);
          return _vigil_json_fail (error, VIGIL_CATALOG_ERROR_UNKNOWN_FIELD, file, where,
                                   "unknown field “%s”", (const char *)l->data);
        }
    }

  return TRUE;
}

gboolean
_vigil_json_is_blank (const char *text)
{
  for (const char *p = text; *p != '\0'; p = g_utf8_next_char (p))
    if (!g_unichar_isspace (g_utf8_get_char (p)))
      return FALSE;
  return TRUE;
}

gboolean
_vigil_json_check_string_node (JsonNode    *node,
                               const char  *file,
                               const char  *where,
                               const char **out,
                               GError     **error)
{
  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_STRING)
    return _vigil_json_fail (error, VIGIL_CATALOG_ERROR_WRONG_TYPE, file, where,
                             "expected a string");

  *out = json_node_get_string (node);
  if (_vigil_json_is_blank (*out))
    return _vigil_json_fail (error, VIGIL_CATALOG_ERROR_EMPTY_STRING, file, where, "text is empty");

  return TRUE;
}

/* Sets @node to the member, or %NULL when it is absent; absence is an error when @required. */
static gboolean
_vigil_json_get_member (JsonObject  *object,
                        const char  *member,
                        gboolean     required,
                        const char  *file,
                        const char  *where,
                        JsonNode   **node,
                        GError     **error)
{
  *node = json_object_get_member (object, member);

  if (*node == NULL && required)
    return _vigil_json_fail (error, VIGIL_CATALOG_ERROR_MISSING_FIELD, file, where,
                             "required field is missing");

  return TRUE;
}

gboolean
_vigil_json_get_string (JsonObject  *object,
                        const char  *member,
                        gboolean     required,
                        const char  *file,
                        const char  *path,
                        const char **out,
                        GError     **error)
{
  /* Paths are only built when something fails: this runs for every field of the catalog. */
  g_autofree char *where = NULL;
  JsonNode *node = json_object_get_member (object, member);

  *out = NULL;

  if (node == NULL)
    {
      if (!required)
        return TRUE;
      where = _vigil_json_member_path (path, member);
      return _vigil_json_fail (error, VIGIL_CATALOG_ERROR_MISSING_FIELD, file, where,
                               "required field is missing");
    }

  if (JSON_NODE_HOLDS_VALUE (node) && json_node_get_value_type (node) == G_TYPE_STRING &&
      !_vigil_json_is_blank (json_node_get_string (node)))
    {
      *out = json_node_get_string (node);
      return TRUE;
    }

  where = _vigil_json_member_path (path, member);

  return _vigil_json_check_string_node (node, file, where, out, error);
}

gboolean
_vigil_json_get_array (JsonObject  *object,
                       const char  *member,
                       gboolean     required,
                       const char  *file,
                       const char  *path,
                       JsonArray  **out,
                       GError     **error)
{
  g_autofree char *where = NULL;
  JsonNode *node = json_object_get_member (object, member);

  *out = NULL;

  if (node != NULL && JSON_NODE_HOLDS_ARRAY (node))
    {
      *out = json_node_get_array (node);
      return TRUE;
    }

  if (node == NULL && !required)
    return TRUE;

  where = _vigil_json_member_path (path, member);

  if (node == NULL)
    return _vigil_json_fail (error, VIGIL_CATALOG_ERROR_MISSING_FIELD, file, where,
                             "required field is missing");

  return _vigil_json_fail (error, VIGIL_CATALOG_ERROR_WRONG_TYPE, file, where,
                           "expected an array");
}

gboolean
_vigil_json_get_uint (JsonObject *object,
                      const char *member,
                      gboolean    required,
                      const char *file,
                      const char *path,
                      guint      *out,
                      GError    **error)
{
  g_autofree char *where = _vigil_json_member_path (path, member);
  JsonNode *node;
  gint64 value;

  *out = 0;

  if (!_vigil_json_get_member (object, member, required, file, where, &node, error))
    return FALSE;
  if (node == NULL)
    return TRUE;

  if (!JSON_NODE_HOLDS_VALUE (node) || json_node_get_value_type (node) != G_TYPE_INT64)
    return _vigil_json_fail (error, VIGIL_CATALOG_ERROR_WRONG_TYPE, file, where,
                             "expected a whole number");

  value = json_node_get_int (node);
  if (value <= 0 || value > G_MAXINT)
    return _vigil_json_fail (error, VIGIL_CATALOG_ERROR_INVALID_VALUE, file, where,
                             "expected a number greater than zero");

  *out = (guint)value;

  return TRUE;
}

gboolean
_vigil_json_get_object_element (JsonArray   *array,
                                guint        index,
                                const char  *file,
                                const char  *where,
                                JsonObject **out,
                                GError     **error)
{
  JsonNode *node = json_array_get_element (array, index);

  if (!JSON_NODE_HOLDS_OBJECT (node))
    return _vigil_json_fail (error, VIGIL_CATALOG_ERROR_WRONG_TYPE, file, where,
                             "expected an object");

  *out = json_node_get_object (node);

  return TRUE;
}

gboolean
_vigil_json_check_id_syntax (const char *id,
                             const char *file,
                             const char *where,
                             GError    **error)
{
  for (const char *p = id; *p != '\0'; p++)
    {
      if (!g_ascii_islower (*p) && !g_ascii_isdigit (*p) && *p != '.' && *p != '-')
        return _vigil_json_fail (error, VIGIL_CATALOG_ERROR_INVALID_VALUE, file, where,
                                 "id “%s” may use only a-z, 0-9, “.” and “-”", id);
    }

  return TRUE;
}


gboolean
_vigil_json_get_enum (JsonObject         *object,
                      const char         *member,
                      const char * const *choices,
                      const char         *file,
                      const char         *path,
                      guint              *out,
                      GError            **error)
{
  g_autofree char *where = _vigil_json_member_path (path, member);
  const char *value;

  if (!_vigil_json_get_string (object, member, TRUE, file, path, &value, error))
    return FALSE;

  for (guint i = 0; choices[i] != NULL; i++)
    {
      if (g_str_equal (choices[i], value))
        {
          *out = i;
          return TRUE;
        }
    }

  return _vigil_json_fail (error, VIGIL_CATALOG_ERROR_INVALID_VALUE, file, where,
                           "“%s” is not one of the allowed values", value);
}

gboolean
_vigil_json_check_date (const char *text,
                        const char *file,
                        const char *where,
                        GError    **error)
{
  g_autoptr(GDateTime) date = NULL;
  g_autofree char *iso = g_strconcat (text, "T00:00:00Z", NULL);

  /* ISO 8601 allows other 10-character forms, such as week dates ("2026-W03-4"). */
  if (strlen (text) == 10 &&
      g_ascii_isdigit (text[0]) && g_ascii_isdigit (text[1]) &&
      g_ascii_isdigit (text[2]) && g_ascii_isdigit (text[3]) && text[4] == '-' &&
      g_ascii_isdigit (text[5]) && g_ascii_isdigit (text[6]) && text[7] == '-' &&
      g_ascii_isdigit (text[8]) && g_ascii_isdigit (text[9]))
    date = g_date_time_new_from_iso8601 (iso, NULL);

  if (date == NULL)
    return _vigil_json_fail (error, VIGIL_CATALOG_ERROR_INVALID_VALUE, file, where,
                             "“%s” is not a date of the form YYYY-MM-DD", text);

  return TRUE;
}

