/* vigil-search-provider.c
 *
 * Copyright 2026 The Vigil developers
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#define G_LOG_DOMAIN "vigil-search-provider"

#include "config.h"

#include "catalog/vigil-text.h"
#include "vigil-search-provider.h"
#include "vigil-shell-search-provider-generated.h"
#include "vigil-window.h"

/* GNOME Shell's overview search asks Vigil for its matches over D-Bus
 * (org.gnome.Shell.SearchProvider2, found through the installed search-provider.ini).
 * The interface comes from gdbus-codegen, as in gnome-calendar and Nautilus: the generated
 * skeleton checks every call's arguments against the interface before a handler sees them,
 * and each handler gets them already unpacked. */

/* The index returns one result per matching step, and a guideline has many steps: ask for
 * enough that MAX_RESULTS distinct pages survive the grouping. */
#define QUERY_LIMIT 100

struct _VigilSearchProvider
{
  GObject                    parent_instance;

  /* Borrowed References: the application owns this object */
  VigilApplication          *application;

  /* Owned References */
  VigilShellSearchProvider2 *skeleton;
  char                      *icon;
};

G_DEFINE_FINAL_TYPE (VigilSearchProvider, vigil_search_provider, G_TYPE_OBJECT)

/* Search runs over the index the context keeps; a context that failed to load (the
 * application then shows why in its window) has nothing to offer. */
static VigilSearchIndex *
get_index (VigilSearchProvider *self)
{
  VigilContext *context = vigil_application_get_context (self->application);

  return context != NULL ? vigil_context_get_search_index (context) : NULL;
}

/* The pages that match every one of @terms, best first, at most MAX_RESULTS of them and, when
 * @within is given, only those in it. A page is a guideline or an entry (threat, asset,
 * glossary term…): a matching step stands for its guideline.
 *
 * Only what comes with Vigil is offered. The overview is seen by whoever looks at the
 * screen, on a shared screen or a projector too, and notes and one's own steps are private:
 * they are found by searching inside Vigil, where one has chosen to look at them. */
static char **
find_pages (VigilSearchProvider *self,
            const char * const  *terms,
            GHashTable          *within)
{
  VigilSearchIndex *index = get_index (self);
  g_autoptr(GPtrArray) pages = g_ptr_array_new_with_free_func (g_free);
  g_autoptr(GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);
  g_autoptr(GPtrArray) results = NULL;
  g_autofree char *query = NULL;

  if (index == NULL)
    return g_new0 (char *, 1);

  query = g_strjoinv (" ", (char **) terms);
  results = vigil_search_index_query (index, query, QUERY_LIMIT);

  for (guint i = 0; i < results->len && pages->len < VIGIL_SEARCH_PROVIDER_MAX_RESULTS; i++)
    {
      VigilSearchResult *result = g_ptr_array_index (results, i);

      switch (result->kind)
        {
        case VIGIL_SEARCH_GUIDELINE:
        case VIGIL_SEARCH_ITEM:
        case VIGIL_SEARCH_ENTRY:
          break;
        case VIGIL_SEARCH_NOTE:
        case VIGIL_SEARCH_CUSTOM:
        default:
          continue;
        }

      if (result->target_id == NULL
          || (within != NULL && !g_hash_table_contains (within, result->target_id))
          || !g_hash_table_add (seen, result->target_id))
        continue;

      g_ptr_array_add (pages, g_strdup (result->target_id));
    }

  g_ptr_array_add (pages, NULL);
  return (char **) g_ptr_array_free (g_steal_pointer (&pages), FALSE);
}

/* The overview shows a description on one or two lines: the summary without its link
 * syntax, on one line. */
static char *
describe (const char *summary)
{
  char *plain;

  if (summary == NULL)
    return g_strdup ("");

  plain = vigil_text_to_plain (summary);
  g_strdelimit (plain, "\r\n\t", ' ');
  return g_strstrip (plain);
}

static GVariant *
make_meta (VigilSearchProvider *self,
           VigilCatalog        *catalog,
           const char          *id)
{
  GObject *object = vigil_catalog_lookup (catalog, id);
  g_autofree char *description = NULL;
  const char *title;
  GVariantBuilder meta;

  /* Only pages are offered, so anything else is an id this run does not know: one from
   * another language's or another version's results, which the Shell may still hold. */
  if (VIGIL_IS_GUIDELINE (object))
    {
      title = vigil_guideline_get_title (VIGIL_GUIDELINE (object));
      description = describe (vigil_guideline_get_summary (VIGIL_GUIDELINE (object)));
    }
  else if (VIGIL_IS_ENTRY (object))
    {
      title = vigil_entry_get_title (VIGIL_ENTRY (object));
      description = describe (vigil_entry_get_summary (VIGIL_ENTRY (object)));
    }
  else
    return NULL;

  g_variant_builder_init (&meta, G_VARIANT_TYPE_VARDICT);
  g_variant_builder_add (&meta, "{sv}", "id", g_variant_new_string (id));
  g_variant_builder_add (&meta, "{sv}", "name", g_variant_new_string (title));
  g_variant_builder_add (&meta, "{sv}", "description", g_variant_new_string (description));
  g_variant_builder_add (&meta, "{sv}", "gicon", g_variant_new_string (self->icon));
  return g_variant_builder_end (&meta);
}

static VigilWindow *
find_window (VigilSearchProvider *self)
{
  for (GList *l = gtk_application_get_windows (GTK_APPLICATION (self->application));
       l != NULL; l = l->next)
    if (VIGIL_IS_WINDOW (l->data))
      return l->data;

  return NULL;
}

/* The main window, made as a launch makes it when there is none (so a first start still
 * asks its questions, and a failed start still says why), then brought to the front.
 * %NULL when Vigil could not start. */
static VigilWindow *
present_window (VigilSearchProvider *self,
                guint32              timestamp)
{
  VigilWindow *window = find_window (self);

  if (window == NULL)
    {
      g_application_activate (G_APPLICATION (self->application));
      window = find_window (self);
    }

  if (window != NULL)
    gtk_window_present_with_time (GTK_WINDOW (window), timestamp);

  return window;
}

/*
 * D-Bus methods
 *
 * Each holds the application while it runs: when the Shell started Vigil only to search
 * (--gapplication-service), the release restarts the idle timeout, so the service stays
 * while the overview keeps asking and exits once it stops.
 */

static gboolean
handle_get_initial_result_set (VigilSearchProvider       *self,
                               GDBusMethodInvocation     *invocation,
                               const char * const        *terms,
                               VigilShellSearchProvider2 *skeleton)
{
  g_auto(GStrv) pages = NULL;

  g_application_hold (G_APPLICATION (self->application));

  pages = find_pages (self, terms, NULL);
  vigil_shell_search_provider2_complete_get_initial_result_set (skeleton, invocation,
                                                                (const char * const *) pages);

  g_application_release (G_APPLICATION (self->application));
  return G_DBUS_METHOD_INVOCATION_HANDLED;
}

/* The Shell narrows a search as more is typed: search again, keeping only what was found
 * before. */
static gboolean
handle_get_subsearch_result_set (VigilSearchProvider       *self,
                                 GDBusMethodInvocation     *invocation,
                                 const char * const        *previous,
                                 const char * const        *terms,
                                 VigilShellSearchProvider2 *skeleton)
{
  g_autoptr(GHashTable) within = g_hash_table_new (g_str_hash, g_str_equal);
  g_auto(GStrv) pages = NULL;

  g_application_hold (G_APPLICATION (self->application));

  for (guint i = 0; previous[i] != NULL; i++)
    g_hash_table_add (within, (char *) previous[i]);
  pages = find_pages (self, terms, within);
  vigil_shell_search_provider2_complete_get_subsearch_result_set (skeleton, invocation,
                                                                  (const char * const *) pages);

  g_application_release (G_APPLICATION (self->application));
  return G_DBUS_METHOD_INVOCATION_HANDLED;
}

static gboolean
handle_get_result_metas (VigilSearchProvider       *self,
                         GDBusMethodInvocation     *invocation,
                         const char * const        *ids,
                         VigilShellSearchProvider2 *skeleton)
{
  VigilContext *context = vigil_application_get_context (self->application);
  GVariantBuilder metas;

  g_application_hold (G_APPLICATION (self->application));

  g_variant_builder_init (&metas, G_VARIANT_TYPE ("aa{sv}"));
  for (guint i = 0; context != NULL && ids[i] != NULL; i++)
    {
      GVariant *meta = make_meta (self, vigil_context_get_catalog (context), ids[i]);

      if (meta != NULL)
        g_variant_builder_add_value (&metas, meta);
    }
  vigil_shell_search_provider2_complete_get_result_metas (skeleton, invocation,
                                                          g_variant_builder_end (&metas));

  g_application_release (G_APPLICATION (self->application));
  return G_DBUS_METHOD_INVOCATION_HANDLED;
}

static gboolean
handle_activate_result (VigilSearchProvider       *self,
                        GDBusMethodInvocation     *invocation,
                        const char                *id,
                        const char * const        *terms,
                        guint                      timestamp,
                        VigilShellSearchProvider2 *skeleton)
{
  VigilWindow *window;

  g_application_hold (G_APPLICATION (self->application));

  window = present_window (self, timestamp);
  if (window != NULL && !vigil_window_show (window, id))
    g_debug ("The overview asked for %s, which is not in the catalog", id);
  vigil_shell_search_provider2_complete_activate_result (skeleton, invocation);

  g_application_release (G_APPLICATION (self->application));
  return G_DBUS_METHOD_INVOCATION_HANDLED;
}

/* The application's icon in the overview's results: carry the search over into Vigil. */
static gboolean
handle_launch_search (VigilSearchProvider       *self,
                      GDBusMethodInvocation     *invocation,
                      const char * const        *terms,
                      guint                      timestamp,
                      VigilShellSearchProvider2 *skeleton)
{
  VigilWindow *window;

  g_application_hold (G_APPLICATION (self->application));

  window = present_window (self, timestamp);
  if (window != NULL)
    {
      g_autofree char *text = g_strjoinv (" ", (char **) terms);

      vigil_window_search (window, text);
    }
  vigil_shell_search_provider2_complete_launch_search (skeleton, invocation);

  g_application_release (G_APPLICATION (self->application));
  return G_DBUS_METHOD_INVOCATION_HANDLED;
}

static void
vigil_search_provider_dispose (GObject *object)
{
  VigilSearchProvider *self = (VigilSearchProvider *)object;

  vigil_search_provider_unexport (self);

  G_OBJECT_CLASS (vigil_search_provider_parent_class)->dispose (object);
}

static void
vigil_search_provider_finalize (GObject *object)
{
  VigilSearchProvider *self = (VigilSearchProvider *)object;

  g_clear_object (&self->skeleton);
  g_free (self->icon);

  G_OBJECT_CLASS (vigil_search_provider_parent_class)->finalize (object);
}

static void
vigil_search_provider_class_init (VigilSearchProviderClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = vigil_search_provider_dispose;
  object_class->finalize = vigil_search_provider_finalize;
}

static void
vigil_search_provider_init (VigilSearchProvider *self)
{
  /* Every result shows the application's icon: the Devel build's when that is the one
   * that answers. */
  g_autoptr(GIcon) icon = g_themed_icon_new (APP_ID);

  self->icon = g_icon_to_string (icon);
  self->skeleton = vigil_shell_search_provider2_skeleton_new ();

  g_signal_connect_swapped (self->skeleton, "handle-get-initial-result-set",
                            G_CALLBACK (handle_get_initial_result_set), self);
  g_signal_connect_swapped (self->skeleton, "handle-get-subsearch-result-set",
                            G_CALLBACK (handle_get_subsearch_result_set), self);
  g_signal_connect_swapped (self->skeleton, "handle-get-result-metas",
                            G_CALLBACK (handle_get_result_metas), self);
  g_signal_connect_swapped (self->skeleton, "handle-activate-result",
                            G_CALLBACK (handle_activate_result), self);
  g_signal_connect_swapped (self->skeleton, "handle-launch-search",
                            G_CALLBACK (handle_launch_search), self);
}

/**
 * vigil_search_provider_new:
 * @application: the application whose catalog is searched and whose window shows results;
 *   it must outlive the provider, as it does when it owns it
 *
 * Returns: (transfer full): a provider, not yet on any bus
 */
VigilSearchProvider *
vigil_search_provider_new (VigilApplication *application)
{
  VigilSearchProvider *self;

  g_return_val_if_fail (VIGIL_IS_APPLICATION (application), NULL);

  self = g_object_new (VIGIL_TYPE_SEARCH_PROVIDER, NULL);
  self->application = application;

  return self;
}

/**
 * vigil_search_provider_export:
 * @connection: the application's own connection, so the Shell finds the provider under the
 *   application's bus name
 * @object_path: where the Shell looks: the path in the installed search-provider.ini
 */
gboolean
vigil_search_provider_export (VigilSearchProvider  *self,
                              GDBusConnection      *connection,
                              const char           *object_path,
                              GError              **error)
{
  g_return_val_if_fail (VIGIL_IS_SEARCH_PROVIDER (self), FALSE);
  g_return_val_if_fail (G_IS_DBUS_CONNECTION (connection), FALSE);
  g_return_val_if_fail (g_variant_is_object_path (object_path), FALSE);

  return g_dbus_interface_skeleton_export (G_DBUS_INTERFACE_SKELETON (self->skeleton),
                                           connection, object_path, error);
}

/**
 * vigil_search_provider_unexport:
 *
 * Takes the provider off every connection it was exported on; nothing when there is none.
 */
void
vigil_search_provider_unexport (VigilSearchProvider *self)
{
  g_return_if_fail (VIGIL_IS_SEARCH_PROVIDER (self));

  if (self->skeleton != NULL
      && g_dbus_interface_skeleton_get_connection (G_DBUS_INTERFACE_SKELETON (self->skeleton)))
    g_dbus_interface_skeleton_unexport (G_DBUS_INTERFACE_SKELETON (self->skeleton));
}
