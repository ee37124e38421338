/* vigil-appearance.c
 *
 * Copyright 2026 The Vigil developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <adwaita.h>

#include "vigil-appearance.h"

/* The system's font resolution when Vigil started, in 1/1024 dots per inch: the text size
 * preference scales it, so the desktop's own large-text setting still counts. */
static int base_dpi;

static void
apply_color_scheme (GSettings *settings)
{
  g_autofree char *scheme = g_settings_get_string (settings, "color-scheme");
  AdwColorScheme color_scheme = ADW_COLOR_SCHEME_DEFAULT;

  if (g_str_equal (scheme, "light"))
    color_scheme = ADW_COLOR_SCHEME_FORCE_LIGHT;
  else if (g_str_equal (scheme, "dark"))
    color_scheme = ADW_COLOR_SCHEME_FORCE_DARK;

  adw_style_manager_set_color_scheme (adw_style_manager_get_default (), color_scheme);
}

/* Font resolution scales every text, titles included, as GNOME's Large Text does; a CSS
 * font size would miss the title styles, which are set in points. */
static void
apply_text_size (GSettings *settings)
{
  g_autofree char *size = g_settings_get_string (settings, "text-size");
  double scale = g_str_equal (size, "larger") ? 1.5 : g_str_equal (size, "large") ? 1.25 : 1.0;

  g_object_set (gtk_settings_get_default (), "gtk-xft-dpi", (int) (base_dpi * scale), NULL);
}

static void
on_settings_changed_cb (GSettings  *settings,
                        const char *key)
{
  if (g_str_equal (key, "color-scheme"))
    apply_color_scheme (settings);
  else if (g_str_equal (key, "text-size"))
    apply_text_size (settings);
}

/**
 * vigil_appearance_follow:
 *
 * Applies the colour scheme and text size preferences now and whenever they change.
 */
void
vigil_appearance_follow (GSettings *settings)
{
  g_object_get (gtk_settings_get_default (), "gtk-xft-dpi", &base_dpi, NULL);
  if (base_dpi <= 0)
    base_dpi = 96 * 1024;

  apply_color_scheme (settings);
  apply_text_size (settings);
  g_signal_connect (settings, "changed", G_CALLBACK (on_settings_changed_cb), NULL);
}
