/* vigil-export.h
 *
 * Copyright 2026 The Vigil developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#pragma once

#include <gio/gio.h>

#include "vigil-context.h"

G_BEGIN_DECLS

typedef enum
{
  VIGIL_EXPORT_PDF,
  VIGIL_EXPORT_HTML,
  VIGIL_EXPORT_CSV,
  VIGIL_EXPORT_JSON,
} VigilExportFormat;

gboolean  vigil_export_format_from_string (const char         *name,
                                           VigilExportFormat  *format);
gboolean  vigil_export_format_from_path   (const char         *path,
                                           VigilExportFormat  *format);
GBytes   *vigil_export_render             (VigilContext       *context,
                                           gint64              profile_id,
                                           VigilExportFormat   format,
                                           GError            **error);
gboolean  vigil_export_write_private      (GFile              *file,
                                           GBytes             *bytes,
                                           GError            **error);
gboolean  vigil_export_to_file            (VigilContext       *context,
                                           gint64              profile_id,
                                           VigilExportFormat   format,
                                           GFile              *file,
                                           GError            **error);

G_END_DECLS
