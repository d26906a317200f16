import { describe, expect, it } from 'vitest';
import { ALL_MODALITIES } from '../../engine.js';
import { dyadChecks, party } from '../../../test/dyads.js';

const { coded, expectDyads } = dyadChecks('zh', '2024-05-10');

describe('pattern families', () => {
  const rows: [family: string, text: string, expected: string[]][] = [
    ['visit', '越南国家主席对老挝进行国事访问。', ['VNM 042 LAO']],
    ['visit', '秘鲁外长抵达北京。', ['PER 042 CHN']],
    ['visit', '新加坡总理应邀来华进行正式访问。', ['SGP 042 CHN']],
    ['meet', '印度尼西亚总统会见了马来西亚总理。', ['IDN 040 MYS']],
    ['meet', '智利总统同阿根廷总统举行会谈。', ['CHL 040 ARG']],
    ['meet', '法国外长同意大利外长通电话。', ['FRA 040 ITA']],
    ['meet', '法国总统与德国总理通电话。', ['FRA 040 DEU']],
    ['meet', '韩国总统与日本首相通电话。', ['KOR 040 JPN']],
    ['communicate', '俄方向中方通报了乌克兰局势。', ['RUS 064 CHN']],
    ['communicate', '泰国外长向柬埔寨外长介绍了边境局势。', ['THA 064 KHM']],
    ['praise', '巴西总统赞赏阿根廷在贸易谈判中展现的灵活性。', ['BRA 051 ARG']],
    ['praise', '肯尼亚外长感谢中国提供的帮助。', ['KEN 051 CHN']],
    ['intent', '蒙古国愿意同哈萨克斯坦加强能源合作。', ['MNG 03 KAZ']],
    ['intent', '蒙古愿同哈萨克斯坦加强经贸合作。', ['MNG 03 KAZ']],
    ['agree', '哈萨克斯坦与吉尔吉斯斯坦签署了边界协定。', ['KAZ 057 KGZ']],
    ['cooperate', '土耳其与阿塞拜疆开展经贸合作。', ['TUR 061 AZE']],
    ['disapprove', '伊朗外交部发言人谴责以色列。', ['IRN 111 ISR']],
    ['disapprove', '伊朗外交部谴责以色列。', ['IRN 111 ISR']],
    ['disapprove', '中方就此向菲律宾提出严正交涉。', ['CHN 114 PHL']],
    ['disapprove', '波兰外交部召见白俄罗斯驻波兰大使。', ['POL 114 BLR']],
    ['disapprove', '乌克兰指责俄罗斯违反停火协议。', ['UKR 112 RUS']],
    ['demand', '美国要求伊朗释放被扣押的船只。', ['USA 10 IRN']],
    ['threaten', '朝鲜警告韩国不要越过海上边界。', ['PRK 130 KOR']],
    ['reject', '以色列拒绝埃及提出的停火方案。', ['ISR 12 EGY']],
    ['sanction', '美国宣布对俄罗斯实施新一轮制裁。', ['USA 163 RUS']],
    ['sanction', '中国宣布暂停进口日本水产品。', ['CHN 163 JPN']],
    ['force', '以军空袭了黎巴嫩南部。', ['ISR 195 LBN']],
    ['force', '以军对加沙发动空袭。', ['ISR 195 PSE']],
    ['force (passive)', '叙利亚军队遭到土耳其军队袭击。', ['TUR 190 SYR']],
    ['force (passive)', '叙利亚北部一处哨所遭土耳其战机空袭。', ['TUR 195 SYR']],
    ['force (passive)', '叙利亚北部一处哨所遭土耳其无人机袭击。', ['TUR 195 SYR']],
    ['communicate', '中方向巴方通报了有关情况。', ['CHN 064 PAK']],
    ['agree', '乌兹别克斯坦与塔吉克斯坦签署了水资源合作协议。', ['UZB 057 TJK']],
    ['cooperate', '俄罗斯与白俄罗斯开展军事合作。', ['RUS 062 BLR']],
    ['disapprove', '伊朗谴责以色列对叙利亚的袭击。', ['IRN 111 ISR']],
    ['threaten', '朝鲜警告韩国停止军事演习。', ['PRK 130 KOR']],
    ['reject', '伊朗拒绝与美国举行谈判。', ['IRN 125 USA']],
    ['demand', '欧盟敦促塞尔维亚与科索沃恢复对话。', ['EEC 10 SRB', 'EEC 10 KSV']],
    ['relative clause', '王毅同来华进行正式访问的秘鲁外长举行会谈。', ['PER 042 CHN', 'CHN 040 PER']],
    ['posting', '外交部副部长约见菲律宾驻华大使，提出严正交涉。', ['CHN 114 PHL']],
    ['clausal object', '埃及强烈谴责以色列空袭黎巴嫩南部、炮击叙利亚边境。', ['EGY 111 ISR', 'ISR 195 LBN', 'ISR 194 SYR']],
    ['invitation', '秘鲁总统邀请智利总统访问利马。', ['PER 036 CHL']],
    ['city is no party', '秘鲁外长与智利外长继去年维也纳会晤后再次举行会谈。', ['PER 040 CHL']],
    ['abbreviation pinned by the article', '巴西外长抵达北京。中方愿同巴方加强合作。', ['BRA 042 CHN', 'CHN 03 BRA']],
    ['topic of another verb', '秘鲁外长就智利支持阿根廷的立场表达关切。', []],
    ['day glued to 同', '俄罗斯总统16日同蒙古国总统举行会谈。', ['RUS 040 MNG']],
    ['separable verb with 了', '秘鲁外长同智利外长见了面，并向智利外长交了底。', ['PER 040 CHL', 'PER 064 CHL']],
  ];
  it.each(rows)('%s: %s', (_family, text, expected) => expectDyads(text, expected));

  it('keeps the roles of the actors: X方 is GOV, X军 MIL', () => {
    const [e] = coded('俄方向中方通报了乌克兰局势。');
    expect([e!.source.code, e!.target.code]).toEqual(['RUSGOV', 'CHNGOV']);
    const [f] = coded('叙利亚军队遭到土耳其军队袭击。');
    expect([f!.source.code, f!.target.code]).toEqual(['TURMIL', 'SYRMIL']);
    // A company is its state's business sector.
    const [g] = coded('中国商务部宣布将洛克希德·马丁公司列入不可靠实体清单。');
    expect([g!.source.code, g!.target.code, g!.code.slice(0, 2)]).toEqual(['CHNGOV', 'USABUS', '16']);
  });
});

describe('grammar', () => {
  it('carries a dropped subject across commas', () => {
    const events = coded('秘鲁外长抵达北京，会见了中国外长，并出席了双边论坛。');
    expectDyads('秘鲁外长抵达北京，会见了中国外长，并出席了双边论坛。', ['PER 042 CHN', 'PER 040 CHN']);
    const meet = events.find((e) => e.code === '040')!;
    expect(meet.source.code).toBe('PERGOV');
    expect(meet.target.code).toBe('CHNGOV');
  });

  it.each([
    ['与 + B + light verb 举行会谈', '埃及外长与约旦外长在开罗举行了会谈。', ['EGY 040 JOR']],
    ['同 + B + verb', '秘鲁总统同智利总统通电话。', ['PER 040 CHL']],
  ])('%s', (_what, text, expected) => expectDyads(text as string, expected as string[]));

  it.each([
    ['越南、老挝和柬埔寨三国总理举行会谈。', ['VNM 040 LAO', 'VNM 040 KHM', 'LAO 040 KHM']],
    ['中日韩领导人举行了会谈。', ['CHN 040 JPN', 'CHN 040 KOR', 'JPN 040 KOR']],
    ['中日韩三国外长举行会谈。', ['CHN 040 JPN', 'CHN 040 KOR', 'JPN 040 KOR']],
    ['中国、俄罗斯和蒙古举行三方会晤。', ['CHN 040 RUS', 'CHN 040 MNG', 'RUS 040 MNG']],
  ])('codes each pair of a three-party group: %s', (text, expected) => expectDyads(text, expected));

  it.each([
    ['秘鲁与智利举行会谈。两国签署了自由贸易协定。', ['PER 040 CHL', 'PER 057 CHL']],
    ['秘鲁外长会见了智利外长。双方愿加强经贸合作。', ['PER 040 CHL', 'PER 03 CHL']],
    ['秘鲁外长会见了智利外长。两国外长签署了合作协议。', ['PER 040 CHL', 'PER 057 CHL']],
    ['秘鲁外长会见了智利外长。双方表示愿意加强经贸合作。', ['PER 040 CHL', 'PER 03 CHL']],
    ['秘鲁外长会见了智利外长。双方同意加强经贸合作。', ['PER 040 CHL', 'PER 03 CHL']],
  ])('resolves 双方/两国 from context: %s', (text, expected) => expectDyads(text, expected));

  it.each([
    ['秘鲁总统未会见智利总统。', '040'],
    ['秘鲁与智利没有签署任何协议。', '057'],
  ])('leaves a negated event out by default and marks it when asked: %s', (text, code) => {
    expect(coded(text)).toEqual([]);
    const events = coded(text, ALL_MODALITIES);
    expect(events.map((e) => [party(e.source), e.code, party(e.target), e.modality])).toEqual([['PER', code, 'CHL', 'negated']]);
  });

  it.each(['据传秘鲁总统会见了智利总统。', '据称秘鲁外长曾与智利外长秘密会面。', '据传，秘鲁总统已秘密会见智利总统。'])('marks a rumour: %s', (text) => {
    const events = coded(text);
    expect(events.map((e) => [party(e.source), e.code, party(e.target), e.modality])).toEqual([['PER', '040', 'CHL', 'reported_rumour']]);
  });

  it('takes the date from the clause', () => {
    const [e, ...rest] = coded('秘鲁总统9月18日会见了智利总统。');
    expect(rest).toEqual([]);
    expect([e!.date, e!.date_precision, e!.date_text]).toEqual(['2023-09-18', 'day', '9月18日']);
  });

  it('takes the location from 在 + capital', () => {
    const [e] = coded('秘鲁总统9月18日在利马会见了智利总统。');
    expect(e!.location).toEqual({ name: 'Lima', country: 'PER' });
  });

  it('reads a place named inside a location (在日本首都东京) as the location, not a party', () => {
    expectDyads('巴西和阿根廷代表团在日本首都东京举行会谈。', ['BRA 04 ARG']);
    expectDyads('埃及外长在卡塔尔首都多哈会见了约旦外长。', ['EGY 04 JOR']);
  });

  it('gives a partner preposition the actor its noun phrase names (同越共中央总书记…)', () => {
    expectDyads('老挝国家主席同越共中央总书记阮富仲举行会谈。', ['LAO 04 VNM']);
    // A number, punctuation or another preposition ends the phrase: 和 between dates joins no party.
    expectDyads('埃及外长星期五和星期六在卡塔尔多哈同约旦外长举行会谈。', ['EGY 04 JOR']);
  });

  it('reads 他/她 as the last person named, past an intervening state subject', () => {
    expectDyads('巴西总统卢拉同秘鲁总统博鲁阿尔特举行会谈。秘鲁是卢拉此次南美之行的首站，他随后还将访问智利。', ['BRA 04 PER', 'BRA 042 CHL']);
  });

  it('keeps the subject named after a list of its holder\'s offices (中共中央总书记、国家主席习近平)', () => {
    expectDyads('今天，中共中央总书记、国家主席习近平在北京会见了巴西总统卢拉。他随后出席了欢迎宴会。', ['CHN 04 BRA']);
  });

  it('reads an actor after 涉 (涉台言论) as what a noun is about, not a party', () => {
    expectDyads('中方就日本官员的涉台言论向日方提出严正交涉。', ['CHN 114 JPN']);
  });

  it('reads the stance after 表示 as the speaker\'s, not the 对-actor\'s (对韩方这一做法表示强烈谴责)', () => {
    expectDyads('朝鲜外务省发表声明，对韩方这一做法表示强烈谴责。', ['PRK 111 KOR']);
    // A verb right after the 对-actor is that actor's own act, reported as what the stance is about.
    expectDyads('外交部发表声明，对美方使用武力袭击朝鲜民用船只表示强烈不满。', ['CHN 11 USA', 'USA 19 PRK']);
  });

  it('codes nothing inside a topic whose actor acts on another (就伊朗对以色列发动袭击答问)', () => {
    expectDyads('外交部发言人就沙特对也门发动空袭答问。', []);
  });

  it('reads a verb joined to a noun after 的 as a noun (国际社会的质疑和反对)', () => {
    expectDyads('日本政府不顾周边国家的质疑和反对，启动排海。', []);
  });

  it('reads what one can or may do (可, 可以) as hypothetical', () => {
    expectDyads('根据协定，印度军队和越南军队今后可进入对方领土开展联合演习。', []);
  });

  it('reads what a treaty stipulates as hypothetical', () => {
    expectDyads('埃及总统表示，条约规定一方遭受侵略时双方相互提供援助。', []);
  });

  it('keeps an actor phrase whole across two joiner words (利比亚临时政府代理外长…)', () => {
    expectDyads('埃及外长同约旦外长、利比亚临时政府代理外长举行会晤。', ['EGY 04 JOR', 'EGY 04 LBY', 'JOR 04 LBY']);
  });

  it('codes no verb inside a document title in 《》', () => {
    expectDyads('巴西总统和阿根廷总统签署《关于深化经济合作的联合声明》。', ['BRA 057 ARG']);
  });

  it('reads a Chinese name jieba cuts after its surname, after a title and later alone', () => {
    const events = coded('外交部副部长孙卫东召见秘鲁驻华大使。\n孙卫东指出，秘方的做法违反双边协定。');
    expect(events.map((e) => [e.source.name, e.code, e.target.country])).toEqual([
      ['孙卫东', '114', 'PER'],
      ['孙卫东', '112', 'PER'],
    ]);
  });

  it('does not read a function word after a title as a surname (外长曾与…)', () => {
    expectDyads('秘鲁外长曾与智利外长会面。', ['PER 04 CHL']);
  });

  it('finds no target in context for a stance on a class of things (反对一切形式的恐怖主义)', () => {
    expectDyads('埃及总统会见约旦国王。埃及方面反对一切形式的恐怖主义。', ['EGY 04 JOR']);
  });

  it('reads an actor under a position word (…监督之下的) as describing the object, not the object', () => {
    expectDyads('美军轰炸处于联合国监督之下的伊拉克军事设施。', ['USA 19 IRQ']);
    expectDyads('美军轰炸联合国监督下的军事设施。', []);
    expectDyads('以色列拒绝埃及提出的停火方案。', ['ISR 12 EGY']);
  });

  it('aims a stance without a target at the doer of the act the statement is about (就美国袭击伊朗…答问：中方谴责)', () => {
    expectDyads('外交部就美国袭击伊拉克军事设施答记者问：中方强烈谴责', ['CHN 111 USA']);
  });

  it('refines what is urged from the rest of the sentence, across commas (敦促双方以大局为重，保持克制)', () => {
    expectDyads('埃及外长敦促以色列以地区和平为重，保持冷静克制。', ['EGY 025 ISR']);
  });

  it('splits a state glued to a noun (伊朗核设施)', () => {
    expectDyads('以色列空袭伊朗核设施。', ['ISR 19 IRN']);
  });

  it('resolves a name the article introduced earlier with its state and office', () => {
    const events = coded('秘鲁国防部长奥塔罗拉会见了智利外长。奥塔罗拉感谢智利的支持。');
    const thanks = events.find((e) => e.code === '051')!;
    expect([thanks.source.code, thanks.source.name, thanks.target.country]).toEqual(['PERMIL', '奥塔罗拉', 'CHL']);
  });

  it('codes what a speaker says another party should (appeal) or must (demand) do', () => {
    expectDyads('秘鲁外长表示，智利方面应尊重秘鲁的关切。', ['PER 020 CHL']);
    expectDyads('秘鲁外长指出，厄瓜多尔必须立即撤回有关决定。', ['PER 100 ECU']);
    expectDyads('秘鲁外长表示，智利有权维护自身利益，但应遵守双边协定。', ['PER 020 CHL']);
  });

  it('codes what a speaker says another party wrongly does as an accusation', () => {
    expectDyads('秘鲁外长指出，智利方面的做法严重违反双边协定。', ['PER 112 CHL']);
    expectDyads('秘鲁外长表示，智利的有关做法损害地区稳定。', ['PER 112 CHL']);
    // Not what the speaker's side does not do, nor what another verb asks to stop.
    expectDyads('秘鲁外长表示，秘方从不干涉他国内政。', []);
    expectDyads('秘鲁外长表示，秘方敦促智利停止干涉秘鲁内政。', ['PER 100 CHL']);
  });

  it('reads 不应 as an appeal not to do something', () => {
    expectDyads('秘鲁外长表示，智利方面不应干涉秘鲁内政。', ['PER 020 CHL']);
  });

  it('codes no obligation the speaker shares (双方应…), nor a bare need (，必须依靠…)', () => {
    expectDyads('秘鲁外长表示，秘智双方应坚持睦邻友好。', []);
    expectDyads('秘鲁外长说，智利军队没有能力独自完成任务，必须依靠外部援助。', []);
  });

  it('codes what reported speech reports, not the speaker', () => {
    expectDyads('秘鲁外长表示，厄瓜多尔和哥伦比亚签署了边境协议。', ['ECU 057 COL']);
  });

  it('carries no subject into a clause whose own subject is a noun that is no actor (新规将限制…)', () => {
    expectDyads('荷兰一家企业表示，新规将限制其向日本出口设备。', []);
    expectDyads('荷兰外交部表示，这些措施会损害两国关系。', []);
    expectDyads('荷兰外交部表示，将限制向日本出口设备。', ['NLD 16 JPN']);
  });

  it('does not code a background clause again', () => {
    expectDyads('在智利总统访问秘鲁期间，秘鲁总统会见了智利总统。', ['PER 040 CHL']);
  });
});
