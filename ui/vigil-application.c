/* vigil-application.c
 *
 * Copyright 2026 The Vigil developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vigil-application"

#include "config.h"

#include <glib/gi18n.h>
#include <stdio.h>

#include "vigil-application.h"
#include "vigil-cli.h"
#include "vigil-context.h"
#include "vigil-appearance.h"
#include "vigil-onboarding.h"
#include "vigil-preferences-window.h"
#include "vigil-search-provider.h"
#include "vigil-ui-resources.h"
#include "vigil-window.h"

struct _VigilApplication
{
  AdwApplication       parent_instance;

  VigilContext        *context;
  GError              *startup_error;
  GSettings           *settings;
  VigilSearchProvider *search_provider;
  gboolean             recovery_shown;
  /* The first-start questions are shown once the main window has been painted. */
  gboolean             onboarding_pending;
};

G_DEFINE_FINAL_TYPE (VigilApplication, vigil_application, ADW_TYPE_APPLICATION)

/* Started by D-Bus for the overview's search (--gapplication-service), Vigil stays this long
 * after the last call or window, so typing on does not start it again for every letter. */
#define SERVICE_IDLE_TIMEOUT_MS 10000

static void
show_startup_error (VigilApplication *self)
{
  GtkWidget *window;
  GtkWidget *box;
  GtkWidget *status;
  g_autofree char *description = NULL;

  if (self->startup_error->domain == VIGIL_DATABASE_ERROR)
    /* Translators: %s is a technical detail such as a file name and an error */
    description = g_strdup_printf (_("The file that keeps your progress could not be opened. "
                                     "Vigil has not changed or deleted it.\n\n%s"),
                                   self->startup_error->message);
  else
    /* Translators: %s is a technical detail of what went wrong */
    description = g_strdup_printf (_("The guidance that comes with Vigil could not be loaded. "
                                     "Reinstalling Vigil may help.\n\n%s"),
                                   self->startup_error->message);

  gtk_window_set_default_icon_name (APP_ID);
  window = adw_application_window_new (GTK_APPLICATION (self));
  gtk_window_set_default_size (GTK_WINDOW (window), 600, 420);
  gtk_window_set_title (GTK_WINDOW (window), _("Vigil"));

  box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_box_append (GTK_BOX (box), adw_header_bar_new ());

  status = adw_status_page_new ();
  gtk_widget_set_vexpand (status, TRUE);
  adw_status_page_set_icon_name (ADW_STATUS_PAGE (status), "dialog-warning-symbolic");
  adw_status_page_set_title (ADW_STATUS_PAGE (status), _("Vigil Could Not Start"));
  adw_status_page_set_description (ADW_STATUS_PAGE (status), description);
  gtk_box_append (GTK_BOX (box), status);

  adw_application_window_set_content (ADW_APPLICATION_WINDOW (window), box);
  gtk_window_present (GTK_WINDOW (window));
}

/* Never an empty database in silence: say what was damaged, what was saved, and where the
 * old file is. */
static void
show_recovery (GtkWindow           *window,
               const VigilRecovery *recovery)
{
  GtkWidget *dialog;
  g_autofree char *body = NULL;

  body = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       /* Translators: %u is a number of saved records,
                                        * the first %s a file name, the second the reason */
                                       "The file that keeps your progress was damaged, so Vigil "
                                       "started a new one and copied %u saved record into it.\n\n"
                                       "The damaged file was kept, unchanged, as %s.\n\n"
                                       "Reason: %s",
                                       "The file that keeps your progress was damaged, so Vigil "
                                       "started a new one and copied %u saved records into it.\n\n"
                                       "The damaged file was kept, unchanged, as %s.\n\n"
                                       "Reason: %s",
                                       recovery->rows_saved),
                          recovery->rows_saved, recovery->kept_aside,
                          recovery->problem->message);

  dialog = adw_message_dialog_new (window, _("Vigil Repaired Its Data File"), body);
  adw_message_dialog_add_response (ADW_MESSAGE_DIALOG (dialog), "close", _("_Close"));
  gtk_window_present (GTK_WINDOW (dialog));
}

/* Work that the first frame need not wait for runs once it is painted. The first-start
 * questions come then too: the main window appears at once, so the person sees what the
 * answers are about, and building a second window does not hold back the first one's
 * frame. */
static void
on_main_window_painted_cb (GdkFrameClock *clock,
                           GtkWindow     *window)
{
  GtkApplication *app = gtk_window_get_application (window);
  VigilApplication *self = app != NULL ? VIGIL_APPLICATION (app) : NULL;

  if (clock != NULL)
    g_signal_handlers_disconnect_by_func (clock, on_main_window_painted_cb, window);

  /* Let the finished frame reach the display before anything else is done. */
  gdk_display_flush (gtk_widget_get_display (GTK_WIDGET (window)));

  gtk_window_set_default_icon_name (APP_ID);
  gtk_window_set_icon_name (window, APP_ID);

  if (self != NULL && self->onboarding_pending)
    {
      self->onboarding_pending = FALSE;
      gtk_window_present (GTK_WINDOW (vigil_onboarding_new (window, self->context,
                                                            VIGIL_ONBOARDING_FIRST_RUN)));
    }
}

static void
after_first_frame (GtkWindow *window)
{
  GdkFrameClock *clock = gtk_widget_get_frame_clock (GTK_WIDGET (window));

  /* Only an unmapped window has no frame clock; then there is no frame to wait for. */
  if (clock == NULL)
    {
      on_main_window_painted_cb (NULL, window);
      return;
    }

  g_signal_connect_object (clock, "after-paint", G_CALLBACK (on_main_window_painted_cb),
                           window, 0);
}

static void
vigil_application_activate (GApplication *app)
{
  VigilApplication *self = VIGIL_APPLICATION (app);
  GtkWindow *window;

  window = gtk_application_get_active_window (GTK_APPLICATION (self));
  if (window != NULL)
    {
      gtk_window_present (window);
      return;
    }

  if (self->context == NULL)
    {
      show_startup_error (self);
      return;
    }

  window = GTK_WINDOW (vigil_window_new (GTK_APPLICATION (self), self->context));
  gtk_window_present (window);

  if (vigil_context_get_recovery (self->context) != NULL && !self->recovery_shown)
    {
      self->recovery_shown = TRUE;
      show_recovery (window, vigil_context_get_recovery (self->context));
    }
  else
    self->onboarding_pending = vigil_onboarding_needed (self->context);

  after_first_frame (window);
}

static void
about_action (GSimpleAction *action,
              GVariant      *parameter,
              gpointer       user_data)
{
  VigilApplication *self = user_data;
  static const char *developers[] = { "The Vigil developers", NULL };
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));
  GtkWidget *about;

  about = g_object_new (ADW_TYPE_ABOUT_WINDOW,
                        "transient-for", window,
                        "application-name", _("Vigil"),
                        "application-icon", APP_ID,
                        "developer-name", _("The Vigil developers"),
                        "version", PACKAGE_VERSION,
                        "website", PACKAGE_WEBSITE,
                        "issue-url", PACKAGE_BUGREPORT,
                        "copyright", "© 2026 The Vigil developers",
                        "license-type", GTK_LICENSE_GPL_3_0,
                        "developers", developers,
                        /* Translators: replace with your names, one per line */
                        "translator-credits", _("translator-credits"),
                        "comments",
                        _("Vigil helps you follow cybersecurity guidance step by step and keeps "
                          "your progress on this computer.\n\n"
                          "Vigil is an independent project. It is not affiliated with or endorsed "
                          "by ISO or IEC, and it reproduces none of the text of their standards: "
                          "all guidance is written in our own words and refers to clauses only "
                          "by number and title."),
                        NULL);
  gtk_window_present (GTK_WINDOW (about));
}

static void
preferences_action (GSimpleAction *action,
                    GVariant      *parameter,
                    gpointer       user_data)
{
  VigilApplication *self = user_data;
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (self));

  if (self->context != NULL)
    gtk_window_present (GTK_WINDOW (vigil_preferences_window_new (window, self->context)));
}

static void
quit_action (GSimpleAction *action,
             GVariant      *parameter,
             gpointer       user_data)
{
  VigilApplication *self = user_data;
  GList *windows = gtk_application_get_windows (GTK_APPLICATION (self));

  /* Close rather than quit outright so every window saves its state. */
  for (GList *l = windows; l != NULL; )
    {
      GtkWindow *window = l->data;
      l = l->next;
      gtk_window_close (window);
    }
}

static const GActionEntry app_actions[] = {
  { "about", about_action },
  { "preferences", preferences_action },
  { "quit", quit_action },
};

static const struct {
  const char *action;
  const char *accels[3];
} accels[] = {
  { "app.quit", { "<Control>q", NULL } },
  { "app.preferences", { "<Control>comma", NULL } },
  { "window.close", { "<Control>w", NULL } },
  { "win.back", { "<Alt>Left", "Back", NULL } },
  { "win.forward", { "<Alt>Right", "Forward", NULL } },
  { "win.undo", { "<Control>z", NULL } },
  { "win.search", { "<Control>f", NULL } },
  { "win.print", { "<Control>p", NULL } },
  { "win.present", { "F5", NULL } },
  { "win.show-help-overlay", { "<Control>question", NULL } },
};

static const GOptionEntry option_entries[] = {
  { "list-profiles", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Print the profiles, one a line, and exit"), NULL },
  { "export", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Export a profile to FILE, readable by you only, and exit"), N_("FILE") },
  { "import", 0, 0, G_OPTION_ARG_FILENAME, NULL,
    N_("Import a Vigil JSON file as a new profile, or into the one --profile names, and exit"),
    N_("FILE") },
  { "profile", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("The profile to export, or to merge an import into"), N_("NAME") },
  { "format", 0, 0, G_OPTION_ARG_STRING, NULL,
    N_("The export format: pdf, html, csv or json (default: the file name’s extension)"),
    N_("FORMAT") },
  { "dry-run", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("With --import: show what would change, and change nothing"), NULL },
  { "catalog-report", 0, 0, G_OPTION_ARG_NONE, NULL,
    N_("Print what the guidance catalog holds and which ISO/IEC 27032 clauses it covers"), NULL },
  { "json", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Print reports as JSON"), NULL },
  { "version", 0, 0, G_OPTION_ARG_NONE, NULL, N_("Print the version and exit"), NULL },
  { NULL }
};

/* Raw UTF-8: g_print() would turn non-ASCII into "?" under a C locale, and JSON is UTF-8
 * whatever the locale. */
static int
print_cli_result (int   status,
                  char *output,
                  char *errors)
{
  if (output != NULL)
    fputs (output, stdout);
  if (errors != NULL)
    fputs (errors, stderr);
  g_free (output);
  g_free (errors);

  return status;
}

/* --list-profiles, --export and --import, with the options that go with them. */
static int
handle_profile_options (GVariantDict *options)
{
  g_autofree char *export_path = NULL;
  g_autofree char *import_path = NULL;
  const char *profile = NULL;
  const char *format = NULL;
  gboolean dry_run = g_variant_dict_contains (options, "dry-run");
  char *output = NULL;
  char *errors = NULL;
  int status;

  g_variant_dict_lookup (options, "export", "^ay", &export_path);
  g_variant_dict_lookup (options, "import", "^ay", &import_path);
  g_variant_dict_lookup (options, "profile", "&s", &profile);
  g_variant_dict_lookup (options, "format", "&s", &format);

  if (g_variant_dict_contains (options, "list-profiles") && export_path == NULL &&
      import_path == NULL && profile == NULL && format == NULL && !dry_run)
    status = vigil_cli_list_profiles (NULL, &output, &errors);
  else if (export_path != NULL && import_path == NULL && !dry_run)
    status = vigil_cli_export (NULL, export_path, profile, format, &output, &errors);
  else if (import_path != NULL && export_path == NULL && format == NULL)
    status = vigil_cli_import (NULL, import_path, profile, dry_run, &output, &errors);
  else
    status = -1;

  if (status >= 0)
    return print_cli_result (status, output, errors);

  if (g_variant_dict_contains (options, "list-profiles") || export_path != NULL ||
      import_path != NULL || profile != NULL || format != NULL || dry_run)
    {
      g_printerr ("%s\n", _("Use one of --list-profiles, --export FILE or --import FILE; "
                            "--profile and --format go with --export, --profile and "
                            "--dry-run with --import."));
      return VIGIL_CLI_EXIT_USAGE;
    }

  return -1;
}

/* Headless commands run here, before any display is needed, and end the process. */
static int
vigil_application_handle_local_options (GApplication *app,
                                        GVariantDict *options)
{
  gboolean as_json = g_variant_dict_contains (options, "json");
  int status;

  if (g_variant_dict_contains (options, "version"))
    {
      g_print ("vigil %s\n", PACKAGE_VERSION);
      return VIGIL_CLI_EXIT_OK;
    }

  if (g_variant_dict_contains (options, "catalog-report"))
    {
      char *output = NULL;
      char *errors = NULL;

      status = vigil_cli_catalog_report (as_json, &output, &errors);
      return print_cli_result (status, output, errors);
    }

  status = handle_profile_options (options);
  if (status >= 0)
    return status;

  if (as_json)
    {
      g_printerr ("%s\n", _("--json goes with a report option such as --catalog-report"));
      return VIGIL_CLI_EXIT_USAGE;
    }

  return -1;
}

typedef struct
{
  VigilContext *context;
  GError       *error;
} LoadedContext;

/* VigilContext touches no main context, so it can be made on another thread and handed
 * over once that thread has ended. */
static gpointer
load_context (gpointer data)
{
  LoadedContext *loaded = g_new0 (LoadedContext, 1);

  loaded->context = vigil_context_new (NULL, &loaded->error);

  return loaded;
}

static void
vigil_application_startup (GApplication *app)
{
  VigilApplication *self = VIGIL_APPLICATION (app);
  GThread *context_thread;
  LoadedContext *loaded;

  vigil_ui_register_resource ();
  /* Loading the catalog and opening the database take a while and need no toolkit: they run
   * while GTK and libadwaita start up, which leaves the other core idle. */
  context_thread = g_thread_new ("vigil-context", load_context, NULL);

  G_APPLICATION_CLASS (vigil_application_parent_class)->startup (app);

  /* The default window icon is set once the main window is painted (see
   * on_main_window_painted_cb): handing it to the window system was part of the first frame's
   * cost, and it is no part of what the window shows. */
  self->settings = g_settings_new (BASE_APP_ID);
  vigil_appearance_follow (self->settings);

  g_action_map_add_action_entries (G_ACTION_MAP (self), app_actions,
                                   G_N_ELEMENTS (app_actions), self);
  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    gtk_application_set_accels_for_action (GTK_APPLICATION (self),
                                           accels[i].action, accels[i].accels);

  loaded = g_thread_join (context_thread);
  self->context = g_steal_pointer (&loaded->context);
  self->startup_error = g_steal_pointer (&loaded->error);
  g_free (loaded);
  if (self->context == NULL)
    g_printerr ("%s\n", self->startup_error->message);
}

/* The overview's search reaches Vigil on the application's own connection, under its bus name,
 * whether Vigil was launched or started by the Shell only to search. This runs before
 * startup, so the provider asks for the context only when it is called. */
static gboolean
vigil_application_dbus_register (GApplication     *app,
                                 GDBusConnection  *connection,
                                 const char       *object_path,
                                 GError          **error)
{
  VigilApplication *self = VIGIL_APPLICATION (app);
  g_autofree char *provider_path = NULL;
  g_autoptr(GError) local_error = NULL;

  if (!G_APPLICATION_CLASS (vigil_application_parent_class)->dbus_register (app, connection,
                                                                             object_path, error))
    return FALSE;

  if (g_application_get_flags (app) & G_APPLICATION_IS_SERVICE)
    g_application_set_inactivity_timeout (app, SERVICE_IDLE_TIMEOUT_MS);

  /* Below the application's path, so the Devel build's provider is its own. */
  provider_path = g_strconcat (object_path, "/SearchProvider", NULL);
  self->search_provider = vigil_search_provider_new (self);
  /* Vigil works without the overview finding it: a failure here only loses that. */
  if (!vigil_search_provider_export (self->search_provider, connection, provider_path,
                                     &local_error))
    {
      g_warning ("Could not offer search to the overview: %s", local_error->message);
      g_clear_object (&self->search_provider);
    }

  return TRUE;
}

static void
vigil_application_dbus_unregister (GApplication    *app,
                                   GDBusConnection *connection,
                                   const char      *object_path)
{
  VigilApplication *self = VIGIL_APPLICATION (app);

  if (self->search_provider != NULL)
    {
      vigil_search_provider_unexport (self->search_provider);
      g_clear_object (&self->search_provider);
    }

  G_APPLICATION_CLASS (vigil_application_parent_class)->dbus_unregister (app, connection,
                                                                        object_path);
}

static void
vigil_application_dispose (GObject *object)
{
  VigilApplication *self = (VigilApplication *)object;

  g_clear_object (&self->search_provider);
  g_clear_object (&self->context);
  g_clear_object (&self->settings);
  g_clear_error (&self->startup_error);

  G_OBJECT_CLASS (vigil_application_parent_class)->dispose (object);
}

static void
vigil_application_class_init (VigilApplicationClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  object_class->dispose = vigil_application_dispose;
  app_class->activate = vigil_application_activate;
  app_class->dbus_register = vigil_application_dbus_register;
  app_class->dbus_unregister = vigil_application_dbus_unregister;
  app_class->handle_local_options = vigil_application_handle_local_options;
  app_class->startup = vigil_application_startup;
}

static void
vigil_application_init (VigilApplication *self)
{
  g_application_add_main_option_entries (G_APPLICATION (self), option_entries);
}

VigilApplication *
vigil_application_new (void)
{
  return g_object_new (VIGIL_TYPE_APPLICATION,
                       "application-id", APP_ID,
                       "flags", G_APPLICATION_DEFAULT_FLAGS,
                       "resource-base-path", RESOURCE_BASE_PATH,
                       NULL);
}

/**
 * vigil_application_get_context:
 *
 * Returns: (transfer none) (nullable): what Vigil works on, once started; %NULL before
 *   startup and when it could not be loaded
 */
VigilContext *
vigil_application_get_context (VigilApplication *self)
{
  g_return_val_if_fail (VIGIL_IS_APPLICATION (self), NULL);

  return self->context;
}
