// The stage page's part for a stage in a video room (plugin twilio-video), loaded only on such
// stages: an interactive stage or a party, on the twilio-video SDK unless told otherwise (tests).
import type { ConnectRoom } from '../../lib/mediaRoom';
import type { RoomSource } from '../../lib/sources';
import { connectTwilio } from '../../lib/twilioRoom';
import type { StageSocket } from '../useStageSocket';
import { InteractiveStage } from './InteractiveStage';
import { Party } from './Party';

interface Props {
  source: RoomSource;
  socket: StageSocket;
  connect?: ConnectRoom;
}

export function RoomStage({ source, socket, connect = connectTwilio }: Props) {
  return source.mode === 'party'
    ? <Party source={source} socket={socket} connect={connect} />
    : <InteractiveStage source={source} socket={socket} connect={connect} />;
}
