import type { App, BlockAction, ButtonAction } from '@slack/bolt';
import type { Deps } from '../../delivery/reply.ts';
import { ACTION_ASK, ACTION_CHART, ACTION_CSV, ACTION_DETAILS, ACTION_NEXT, ACTION_POST } from '../../render/buttons.ts';
import { askCorrected } from './askCorrected.ts';
import { nextPage } from './nextPage.ts';
import { postToChannel } from './postToChannel.ts';
import { sendChart } from './sendChart.ts';
import { sendCsv } from './sendCsv.ts';
import { showDetails } from './showDetails.ts';

export function register(app: App, deps: Deps): void {
  app.action<BlockAction<ButtonAction>>(ACTION_POST, postToChannel(deps));
  app.action<BlockAction<ButtonAction>>(ACTION_NEXT, nextPage(deps));
  app.action<BlockAction<ButtonAction>>(ACTION_CSV, sendCsv(deps));
  app.action<BlockAction<ButtonAction>>(ACTION_CHART, sendChart(deps));
  app.action<BlockAction<ButtonAction>>(ACTION_DETAILS, showDetails(deps));
  app.action<BlockAction<ButtonAction>>(ACTION_ASK, askCorrected(deps));
}
