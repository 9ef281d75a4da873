/** The Marquee plugin ${pluginId}: a media provider with an HTTP endpoint of its own. */
package ${package};
