package dev.marquee.plugin.twilio.stage;

import dev.marquee.platform.spi.stage.StageMember;

/**
 * What people ask of an interactive stage once it runs: viewers raise hands and accept or decline
 * invitations, speakers mute themselves or step down, the host invites, mutes and moves speakers back
 * to viewers. Called with the stage's lock held; Twilio's late answers take it again.
 */
final class InteractiveRequests {

    private final InteractiveStage stage;
    private long handSequence;

    InteractiveRequests(InteractiveStage stage) {
        this.stage = stage;
    }

    void hand(StageMember member, Person person, boolean raised) {
        if (person.role != Role.VIEWER) {
            stage.refuse(member, "not_viewer", "Only viewers raise a hand");
            return;
        }
        person.hand = raised;
        person.handOrder = raised ? ++handSequence : 0;
        person.invited = person.invited && raised;
        changed(person);
    }

    void invite(StageMember member, Person person, String identity) {
        if (!hosting(member, person)) {
            return;
        }
        Person target = stage.roster.byIdentity(identity).orElse(null);
        if (target == null || target.role != Role.VIEWER) {
            stage.refuse(member, "unknown_viewer", "No viewer with that identity is on the stage");
        } else if (!target.hand) {
            stage.refuse(member, "no_hand", target.name + " has not raised a hand");
        } else if (!target.seated) {
            stage.refuse(member, "full", target.name + " has no place in the room");
        } else {
            target.invited = true;
            stage.toPerson(target, InteractiveFrames.invited(person));
            changed(target);
        }
    }

    void accept(StageMember member, Person person) {
        if (!person.invited || person.role != Role.VIEWER) {
            stage.refuse(member, "not_invited", "The host has not invited you");
            return;
        }
        person.resetToViewer(stage.now());
        person.role = Role.SPEAKER;
        changed(person);
    }

    void decline(StageMember member, Person person) {
        if (!person.invited) {
            stage.refuse(member, "not_invited", "The host has not invited you");
            return;
        }
        person.invited = false;
        person.hand = false;
        if (stage.host != null) {
            stage.toPerson(stage.host, InteractiveFrames.declined(person));
        }
        changed(person);
    }

    void mute(StageMember member, Person person, String identity) {
        Person target = speaker(member, person, identity);
        if (target != null) {
            target.muted = true;
            stage.toPerson(target, InteractiveFrames.muted(person));
            stage.state.request();
        }
    }

    void audio(StageMember member, Person person, boolean muted) {
        if (!person.role.publishes()) {
            stage.refuse(member, "not_speaker", "Only the host and speakers have a microphone on stage");
            return;
        }
        person.muted = muted;
        stage.state.request();
    }

    /** Back to viewers: Twilio disconnects the participant, then the page gets a viewer token to rejoin. */
    void move(StageMember member, Person person, String identity) {
        Person target = speaker(member, person, identity);
        if (target == null) {
            return;
        }
        target.resetToViewer(stage.now());
        stage.state.request();
        long attempt = stage.generation;
        stage.tools.rooms().disconnect(stage.room.sid(), target.identity)
                .whenComplete((ok, failure) -> moved(attempt, target, failure));
    }

    void stepDown(StageMember member, Person person) {
        if (person.role != Role.SPEAKER) {
            stage.refuse(member, "not_speaker", "Only speakers step down; the host ends the stage with stage.leave");
            return;
        }
        person.resetToViewer(stage.now());
        changed(person);
    }

    private void moved(long attempt, Person target, Throwable failure) {
        synchronized (stage) {
            if (failure != null && stage.host != null) {
                stage.toPerson(stage.host, Frames.error("twilio_failed", "Twilio did not disconnect " + target.name
                        + "; their page leaves the stage by itself"));
            }
            if (attempt == stage.generation && target.role == Role.VIEWER) {
                stage.toPerson(target, InteractiveFrames.moved(stage.token(target), stage.roomName));
                stage.sendYou(target);
            }
        }
    }

    private boolean hosting(StageMember member, Person person) {
        if (person != stage.host || !stage.live()) {
            stage.refuse(member, "forbidden", "Only the stage's host does that, while the stage is live");
            return false;
        }
        return true;
    }

    private Person speaker(StageMember member, Person person, String identity) {
        if (!hosting(member, person)) {
            return null;
        }
        Person target = stage.roster.byIdentity(identity).orElse(null);
        if (target == null || target.role != Role.SPEAKER) {
            stage.refuse(member, "not_speaker", "No speaker with that identity is on the stage");
            return null;
        }
        return target;
    }

    private void changed(Person person) {
        stage.sendYou(person);
        stage.state.request();
    }
}
