#if( $kind == "ticket-source" )
/** The Marquee plugin ${pluginId}: a ticket source reading a ticketing system's feed. */
#else
/** The Marquee plugin ${pluginId}: a media provider with an HTTP endpoint of its own. */
#end
package ${package};
