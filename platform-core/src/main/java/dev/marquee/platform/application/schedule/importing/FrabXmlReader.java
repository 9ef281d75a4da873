package dev.marquee.platform.application.schedule.importing;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.ByteArrayInputStream;
import java.time.ZoneId;
import java.util.Set;

/**
 * Reads frab's and C3VOC's {@code schedule.xml}: {@code schedule > conference (time_zone_name) >
 * day[index, date] > room[name] > event[guid, id]} with {@code date}, {@code start}, {@code duration},
 * {@code title}, {@code abstract}, {@code description} and {@code persons > person}. Streamed with the
 * JDK's own StAX parser, DTDs and external entities off; a file that declares a DTD at all is refused
 * before anything in it is read (no entity expansion, no fetching, no XXE).
 */
final class FrabXmlReader {

    private static final Set<String> FIELDS = Set.of("date", "start", "duration", "title", "abstract", "description",
            "room");

    private final ScheduleLimits limits;

    FrabXmlReader(ScheduleLimits limits) {
        this.limits = limits;
    }

    ParsedSchedule read(byte[] file) throws ScheduleParseException {
        TalkCollector collector = new TalkCollector(limits);
        XMLStreamReader xml = null;
        try {
            xml = factory().createXMLStreamReader(new ByteArrayInputStream(file));
            readSchedule(xml, collector);
            return collector.result(ScheduleFormat.FRAB_XML);
        } catch (XMLStreamException e) {
            int line = e.getLocation() == null ? -1 : e.getLocation().getLineNumber();
            throw new ScheduleParseException("The file is not well-formed XML" + (line > 0 ? " (line " + line + ")" : ""), e);
        } finally {
            close(xml);
        }
    }

    private static XMLInputFactory factory() {
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        return factory;
    }

    private void readSchedule(XMLStreamReader xml, TalkCollector collector)
            throws XMLStreamException, ScheduleParseException {
        ZoneId zone = null;
        String dayIndex = null;
        String dayDate = null;
        String roomName = null;
        boolean root = true;
        while (xml.hasNext()) {
            int type = xml.next();
            if (type == XMLStreamConstants.DTD) {
                throw new ScheduleParseException("The file declares a DTD (<!DOCTYPE ...>): schedule files have none, "
                        + "and Marquee does not read one");
            }
            if (type == XMLStreamConstants.ENTITY_REFERENCE) {
                throw new ScheduleParseException("The file refers to an entity that is not XML's own");
            }
            if (type != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String name = xml.getLocalName();
            if (root && !"schedule".equals(name)) {
                throw new ScheduleParseException("The XML file is not a schedule.xml (its root element is not <schedule>)");
            }
            root = false;
            switch (name) {
                case "time_zone_name" -> zone = TalkCollector.zone(XmlText.of(xml));
                case "day" -> {
                    dayIndex = xml.getAttributeValue(null, "index");
                    dayDate = xml.getAttributeValue(null, "date");
                }
                case "room" -> roomName = xml.getAttributeValue(null, "name");
                case "event" -> collector.add(event(xml, roomName), dayIndex, dayDate, zone);
                default -> {
                    // conference details, days' and rooms' other attributes: not needed
                }
            }
        }
        if (root) {
            throw new ScheduleParseException("The XML file is empty");
        }
    }

    /** One {@code <event>}, read to its end tag. */
    private static RawTalk event(XMLStreamReader xml, String roomName) throws XMLStreamException {
        RawTalk raw = new RawTalk();
        raw.guid = xml.getAttributeValue(null, "guid");
        raw.id = xml.getAttributeValue(null, "id");
        while (xml.hasNext()) {
            int type = xml.next();
            if (type == XMLStreamConstants.END_ELEMENT) {
                break;
            }
            if (type != XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            String field = xml.getLocalName();
            if ("persons".equals(field)) {
                persons(xml, raw);
            } else {
                String text = XmlText.of(xml);
                switch (FIELDS.contains(field) ? field : "") {
                    case "date" -> raw.date = text;
                    case "start" -> raw.start = text;
                    case "duration" -> raw.duration = text;
                    case "title" -> raw.title = text;
                    case "abstract" -> raw.abstractText = text;
                    case "description" -> raw.description = text;
                    case "room" -> raw.room = text;
                    default -> {
                        // slug, url, track, type, language, links, ...: not kept
                    }
                }
            }
        }
        if (roomName != null && !roomName.isBlank()) {
            raw.room = roomName;
        }
        return raw;
    }

    private static void persons(XMLStreamReader xml, RawTalk raw) throws XMLStreamException {
        while (xml.hasNext()) {
            int type = xml.next();
            if (type == XMLStreamConstants.END_ELEMENT) {
                return;
            }
            if (type == XMLStreamConstants.START_ELEMENT) {
                raw.speakers.add(XmlText.of(xml));
            }
        }
    }

    private static void close(XMLStreamReader xml) {
        if (xml != null) {
            try {
                xml.close();
            } catch (XMLStreamException e) {
                // nothing held open: the input is in memory
            }
        }
    }
}
