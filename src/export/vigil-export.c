/* vigil-export.c
 *
 * Copyright 2026 The Vigil developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vigil-export"

#include "config.h"

#include <errno.h>
#include <fcntl.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>
#include <string.h>
#include <unistd.h>

#include "vigil-export.h"
#include "vigil-export-json.h"

#if __has_include ("report/vigil-report.h")
# include "report/vigil-report.h"
# define HAVE_REPORTS 1
#endif

/* An export holds a household's or a business's security weaknesses: the file is the user's
 * alone (0600) from the first byte, and it appears whole or not at all, written beside the
 * target and renamed over it, so a full disk or a crash never leaves half a report. */

static const struct
{
  const char        *name;
  VigilExportFormat  format;
} formats[] = {
  { "pdf", VIGIL_EXPORT_PDF },
  { "html", VIGIL_EXPORT_HTML },
  { "htm", VIGIL_EXPORT_HTML },
  { "csv", VIGIL_EXPORT_CSV },
  { "json", VIGIL_EXPORT_JSON },
};

/**
 * vigil_export_format_from_string:
 * @name: "pdf", "html", "csv" or "json", in any case
 * @format: (out): the format
 *
 * Returns: whether @name is a format
 */
gboolean
vigil_export_format_from_string (const char        *name,
                                 VigilExportFormat *format)
{
  g_return_val_if_fail (format != NULL, FALSE);

  if (name == NULL)
    return FALSE;

  for (guint i = 0; i < G_N_ELEMENTS (formats); i++)
    {
      if (g_ascii_strcasecmp (name, formats[i].name) == 0)
        {
          *format = formats[i].format;
          return TRUE;
        }
    }

  return FALSE;
}

/**
 * vigil_export_format_from_path:
 * @format: (out): the format the file name's extension names
 *
 * Returns: whether the extension names a format
 */
gboolean
vigil_export_format_from_path (const char        *path,
                               VigilExportFormat *format)
{
  const char *dot;

  g_return_val_if_fail (format != NULL, FALSE);

  if (path == NULL)
    return FALSE;

  dot = strrchr (path, '.');
  if (dot == NULL || strchr (dot, G_DIR_SEPARATOR) != NULL)
    return FALSE;

  return vigil_export_format_from_string (dot + 1, format);
}

/**
 * vigil_export_render:
 *
 * Returns: (transfer full): the profile in @format, or %NULL with @error set
 */
GBytes *
vigil_export_render (VigilContext       *context,
                     gint64              profile_id,
                     VigilExportFormat   format,
                     GError            **error)
{
  g_return_val_if_fail (VIGIL_IS_CONTEXT (context), NULL);

  switch (format)
    {
    case VIGIL_EXPORT_JSON:
      return vigil_export_json_render (context, profile_id, error);
#ifdef HAVE_REPORTS
    case VIGIL_EXPORT_CSV:
      return vigil_report_render_csv (context, profile_id, error);
    case VIGIL_EXPORT_HTML:
      return vigil_report_render_html (context, profile_id, error);
    case VIGIL_EXPORT_PDF:
      return vigil_report_render_pdf (context, profile_id, error);
#else
    case VIGIL_EXPORT_CSV:
    case VIGIL_EXPORT_HTML:
    case VIGIL_EXPORT_PDF:
      g_set_error_literal (error, G_IO_ERROR, G_IO_ERROR_NOT_SUPPORTED,
                           _("This version of Vigil cannot write reports in that format."));
      return NULL;
#endif
    default:
      g_return_val_if_reached (NULL);
    }
}

static gboolean
io_error (GError     **error,
          int          saved_errno,
          const char  *path)
{
  g_autofree char *display = g_filename_display_name (path);

  /* Translators: the first %s is a file name, the second the system's reason */
  g_set_error (error, G_IO_ERROR, g_io_error_from_errno (saved_errno),
               _("Could not write “%s”: %s"), display, g_strerror (saved_errno));

  return FALSE;
}

static gboolean
write_all (int           fd,
           const guint8 *data,
           gsize         length)
{
  while (length > 0)
    {
      gssize written = write (fd, data, length);

      if (written < 0 && errno == EINTR)
        continue;
      if (written <= 0)
        return FALSE;

      data += written;
      length -= written;
    }

  return TRUE;
}

static gboolean
write_local (const char  *path,
             GBytes      *bytes,
             GError     **error)
{
  g_autofree char *dir = g_path_get_dirname (path);
  g_autofree char *base = g_path_get_basename (path);
  g_autofree char *template = g_strdup_printf ("%s%c.%s.XXXXXX", dir, G_DIR_SEPARATOR, base);
  gsize length;
  const guint8 *data = g_bytes_get_data (bytes, &length);
  int fd, saved;

  /* g_mkstemp_full() creates the file with exactly these permissions, whatever the umask
   * would allow, and fails rather than open an existing one. */
  fd = g_mkstemp_full (template, O_WRONLY | O_CLOEXEC, 0600);
  if (fd < 0)
    return io_error (error, errno, path);

  if (!write_all (fd, data, length) || fsync (fd) != 0)
    {
      saved = errno;
      close (fd);
      g_unlink (template);
      return io_error (error, saved != 0 ? saved : EIO, path);
    }

  if (close (fd) != 0 || g_rename (template, path) != 0)
    {
      saved = errno;
      g_unlink (template);
      return io_error (error, saved, path);
    }

  return TRUE;
}

/**
 * vigil_export_write_private:
 *
 * Writes @bytes to @file atomically, readable and writable by the user only. An existing
 * file is replaced by a new one, so it keeps none of its old permissions.
 */
gboolean
vigil_export_write_private (GFile   *file,
                            GBytes  *bytes,
                            GError **error)
{
  g_autofree char *path = NULL;

  g_return_val_if_fail (G_IS_FILE (file), FALSE);
  g_return_val_if_fail (bytes != NULL, FALSE);

  path = g_file_get_path (file);
  if (path != NULL)
    return write_local (path, bytes, error);

  /* Not a local file: GIO's own temporary file and rename, with a private new file. */
  return g_file_replace_contents (file, g_bytes_get_data (bytes, NULL), g_bytes_get_size (bytes),
                                  NULL, FALSE,
                                  G_FILE_CREATE_PRIVATE | G_FILE_CREATE_REPLACE_DESTINATION,
                                  NULL, NULL, error);
}

/**
 * vigil_export_to_file:
 *
 * Renders a profile in @format and writes it to @file, which only the user may read.
 * Nothing is written when rendering fails.
 */
gboolean
vigil_export_to_file (VigilContext       *context,
                      gint64              profile_id,
                      VigilExportFormat   format,
                      GFile              *file,
                      GError            **error)
{
  g_autoptr(GBytes) bytes = NULL;

  g_return_val_if_fail (VIGIL_IS_CONTEXT (context), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  bytes = vigil_export_render (context, profile_id, format, error);
  if (bytes == NULL)
    return FALSE;

  return vigil_export_write_private (file, bytes, error);
}
