/* vigil-export-json.h
 *
 * Copyright 2026 The Vigil developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include "vigil-context.h"

G_BEGIN_DECLS

/* The file format: "format" names it, "version" is bumped when a reader of the previous
 * version would misread a file. Readers ignore top-level members they do not know, so a
 * new kind of row (as "lessons" was) can be added without a bump. */
#define VIGIL_EXPORT_JSON_FORMAT  "vigil-profile"
#define VIGIL_EXPORT_JSON_VERSION 1

GBytes   *vigil_export_json_render      (VigilContext  *context,
                                         gint64         profile_id,
                                         GError       **error);
GBytes   *vigil_export_json_render_at   (VigilContext  *context,
                                         gint64         profile_id,
                                         gint64         exported_at,
                                         GError       **error);
char     *vigil_export_format_time      (gint64         usec);
gboolean  vigil_export_parse_time       (const char    *text,
                                         gint64        *usec);
gboolean  vigil_export_is_date          (const char    *text);

G_END_DECLS
