/* startup-reference.c
 *
 * Copyright 2026 The Vigil developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

/* Vigil's first screen built the plain libadwaita way, to measure Vigil's startup against:
 * a leaflet with a sidebar (header bar, eleven rows of an icon and a title) and a content
 * pane (header bar and Home: title, description, progress, N next steps as AdwActionRows,
 * recent activity). No catalog, no database, no settings: only what GTK costs to show it.
 *
 *   startup-reference [--steps N] [--empty]
 *
 * --empty leaves the content pane with one label. With FLOOR_EXIT_AFTER_FIRST_FRAME=1 it
 * ends at its first painted frame, as the startup bench's floor does, so that
 * ../shared/tools/startup-bench/icount.sh can count its instructions. */

#include <adwaita.h>
#include <stdlib.h>
#include <unistd.h>

static const char *sidebar[][2] = {
  { "Home", "go-home-symbolic" },
  { "Overview", "dialog-information-symbolic" },
  { "Guidelines for consumers", "user-home-symbolic" },
  { "Guidelines for organizations", "network-workgroup-symbolic" },
  { "Guidelines for service providers", "network-server-symbolic" },
  { "Threats", "dialog-warning-symbolic" },
  { "Assets", "drive-harddisk-symbolic" },
  { "Roles", "system-users-symbolic" },
  { "Controls", "emblem-system-symbolic" },
  { "Information sharing", "mail-send-symbolic" },
  { "Glossary", "accessories-dictionary-symbolic" },
};

static const char *steps[][2] = {
  { "Turn on phishing protection in your browser",
    "Spot and report phishing messages and scam calls" },
  { "Set your devices to allow apps only from trusted places",
    "Install software only from official stores and makers" },
  { "Turn on automatic updates on your computer", "Turn on automatic updates everywhere" },
  { "Agree a call-back rule with your family for urgent requests for money",
    "Spot money scams before you pay" },
  { "Use only your bank's official app, or a bookmark you saved yourself",
    "Bank and pay online safely" },
};

static int n_steps = G_N_ELEMENTS (steps);
static gboolean empty;

static void
on_after_paint_cb (GdkFrameClock *clock,
                   GtkWidget     *window)
{
  GdkSurface *surface = gtk_native_get_surface (GTK_NATIVE (window));

  if (surface == NULL || !gdk_surface_get_mapped (surface) || gdk_surface_get_width (surface) <= 1)
    return;
  gdk_display_flush (gtk_widget_get_display (window));
  _exit (0);
}

static void
on_realize_cb (GtkWidget *window)
{
  g_signal_connect (gtk_widget_get_frame_clock (window), "after-paint",
                    G_CALLBACK (on_after_paint_cb), window);
}

static GtkWidget *
label_new (const char *text,
           const char *css_class,
           gboolean    wrap)
{
  GtkWidget *label = gtk_label_new (text);

  gtk_label_set_xalign (GTK_LABEL (label), 0);
  gtk_label_set_wrap (GTK_LABEL (label), wrap);
  if (css_class != NULL)
    gtk_widget_add_css_class (label, css_class);

  return label;
}

static GtkWidget *
sidebar_new (void)
{
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *list = gtk_list_box_new ();

  adw_header_bar_set_show_end_title_buttons (ADW_HEADER_BAR (header), FALSE);
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), adw_window_title_new ("Vigil", NULL));
  gtk_widget_add_css_class (list, "navigation-sidebar");
  for (guint i = 0; i < G_N_ELEMENTS (sidebar); i++)
    {
      GtkWidget *row = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);

      gtk_box_append (GTK_BOX (row), gtk_image_new_from_icon_name (sidebar[i][1]));
      gtk_box_append (GTK_BOX (row), label_new (sidebar[i][0], NULL, FALSE));
      gtk_list_box_append (GTK_LIST_BOX (list), row);
    }
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), list);
  gtk_widget_set_vexpand (scrolled, TRUE);
  gtk_widget_set_size_request (box, 260, -1);
  gtk_box_append (GTK_BOX (box), header);
  gtk_box_append (GTK_BOX (box), scrolled);

  return box;
}

static GtkWidget *
home_new (void)
{
  GtkWidget *scrolled = gtk_scrolled_window_new ();
  GtkWidget *clamp = adw_clamp_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 12);
  GtkWidget *progress = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 12);
  GtkWidget *bar = gtk_progress_bar_new ();
  GtkWidget *list = gtk_list_box_new ();
  GtkWidget *heading;

  gtk_widget_set_margin_top (box, 24);
  gtk_widget_set_margin_bottom (box, 24);
  gtk_widget_set_margin_start (box, 12);
  gtk_widget_set_margin_end (box, 12);
  gtk_box_append (GTK_BOX (box), label_new ("Home", "title-1", FALSE));
  gtk_box_append (GTK_BOX (box), label_new ("Your progress on the guidelines for home users.",
                                            "dim-label", TRUE));
  gtk_widget_set_hexpand (bar, TRUE);
  gtk_widget_set_valign (bar, GTK_ALIGN_CENTER);
  gtk_box_append (GTK_BOX (progress), bar);
  gtk_box_append (GTK_BOX (progress), label_new ("0 of 171 steps done", "caption", FALSE));
  gtk_box_append (GTK_BOX (box), progress);

  heading = label_new ("Next Steps", "heading", FALSE);
  gtk_widget_set_margin_top (heading, 18);
  gtk_box_append (GTK_BOX (box), heading);
  gtk_widget_add_css_class (list, "boxed-list");
  gtk_list_box_set_selection_mode (GTK_LIST_BOX (list), GTK_SELECTION_NONE);
  for (int i = 0; i < n_steps; i++)
    {
      GtkWidget *row = adw_action_row_new ();
      guint step = (guint) i % G_N_ELEMENTS (steps);

      adw_preferences_row_set_title (ADW_PREFERENCES_ROW (row), steps[step][0]);
      adw_action_row_set_subtitle (ADW_ACTION_ROW (row), steps[step][1]);
      adw_action_row_add_suffix (ADW_ACTION_ROW (row),
                                 gtk_image_new_from_icon_name ("go-next-symbolic"));
      gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), TRUE);
      gtk_list_box_append (GTK_LIST_BOX (list), row);
    }
  gtk_box_append (GTK_BOX (box), list);

  heading = label_new ("Recent Activity", "heading", FALSE);
  gtk_widget_set_margin_top (heading, 18);
  gtk_box_append (GTK_BOX (box), heading);
  gtk_box_append (GTK_BOX (box), label_new ("Nothing yet. When you tick a step, it appears here.",
                                            "dim-label", TRUE));

  adw_clamp_set_maximum_size (ADW_CLAMP (clamp), 760);
  adw_clamp_set_child (ADW_CLAMP (clamp), box);
  gtk_scrolled_window_set_policy (GTK_SCROLLED_WINDOW (scrolled), GTK_POLICY_NEVER,
                                  GTK_POLICY_AUTOMATIC);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), clamp);

  return scrolled;
}

static void
on_activate_cb (GApplication *app)
{
  GtkWidget *window = adw_application_window_new (GTK_APPLICATION (app));
  GtkWidget *leaflet = adw_leaflet_new ();
  GtkWidget *content = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  GtkWidget *header = adw_header_bar_new ();
  GtkWidget *page = empty ? gtk_label_new ("Content") : home_new ();
  AdwLeafletPage *separator;

  gtk_window_set_title (GTK_WINDOW (window), "Vigil");
  gtk_window_set_default_size (GTK_WINDOW (window), 1100, 760);
  adw_header_bar_set_title_widget (ADW_HEADER_BAR (header), adw_window_title_new ("Home", NULL));
  gtk_widget_set_vexpand (page, TRUE);
  gtk_widget_set_hexpand (content, TRUE);
  gtk_box_append (GTK_BOX (content), header);
  gtk_box_append (GTK_BOX (content), page);

  adw_leaflet_append (ADW_LEAFLET (leaflet), sidebar_new ());
  separator = adw_leaflet_append (ADW_LEAFLET (leaflet),
                                  gtk_separator_new (GTK_ORIENTATION_VERTICAL));
  adw_leaflet_page_set_navigatable (separator, FALSE);
  adw_leaflet_append (ADW_LEAFLET (leaflet), content);
  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), leaflet);

  if (g_getenv ("FLOOR_EXIT_AFTER_FIRST_FRAME") != NULL)
    g_signal_connect (window, "realize", G_CALLBACK (on_realize_cb), NULL);
  gtk_window_present (GTK_WINDOW (window));
}

int
main (int   argc,
      char *argv[])
{
  g_autoptr(AdwApplication) app = NULL;

  for (int i = 1; i < argc; i++)
    {
      if (g_str_equal (argv[i], "--steps") && i + 1 < argc)
        n_steps = atoi (argv[++i]);
      else if (g_str_equal (argv[i], "--empty"))
        empty = TRUE;
      else
        {
          g_printerr ("usage: startup-reference [--steps N] [--empty]\n");
          return 2;
        }
    }

  app = adw_application_new ("io.github.vigil_app.StartupReference", G_APPLICATION_NON_UNIQUE);
  g_signal_connect (app, "activate", G_CALLBACK (on_activate_cb), NULL);

  return g_application_run (G_APPLICATION (app), 1, argv);
}
