"""Labels of the held-out set bench/heldout5 (40 invented texts), kept as data.

Written and labelled blind: the labeller read ../shared/EVIDENCE.md, SPEC.md, the shared labels and the
real excerpts only; not the checker, its checklists, tests or output. Run: python make_labels.py
"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from heldoutkit import (  # noqa: E402
    ADV, CAP, DEC, DIG, DISP, EMER, FGF, NDOC, OPEN, PARTY, PUB, RECON, STUDY, SUP, THREE, XI, F, Labels, M, N, O, S)

R = RECORDS = Labels("p")


R(1, 2016, "2017-03-20", "青禾县人民政府关于2016年度法治政府建设工作情况的报告",
  parts=(M, S, N), headings={M: "一、2016年法治政府建设主要工作", S: "二、存在的问题", N: "三、2017年工作打算"},
  topics=(PARTY, STUDY, FGF, DIG, DEC, ADV, NDOC, CAP, SUP, RECON, DISP, OPEN, PUB),
  notes="Full county report, portal page; 发布时间 2017-03-20 (the signature date 2017年3月15日 is not a label). Topics judged on part 一. "
        "party: 领导小组 adjusted, 工作要点, 纳入目标管理考核. study: 常务会议会前学法12次, 任前法律知识考试. fangguanfu: 取消17项/下放9项, 权力清单, 三证合一. "
        "digital: 依托省网上政务服务平台开通网上申报事项143项. major: 《重大行政决策程序规定》, 4项 听证/专家论证. advisers: 聘请2名律师 常年法律顾问, 审查合同38份. "
        "normative: 审查11件/备案11件/清理 废止8件. capacity: 持证652人, 资格考试, 案卷评查120卷. supervision: 办理人大代表建议56件、政协提案71件 (acting on 人大/政协 supervision; counted). "
        "recon: 复议9件, 应诉14件, 出庭5件. disputes: 调解1286件. transparency: 主动公开4360条. publicity: 七五普法规划, 宪法日 (七五 is current in 2016). "
        "Near misses: 双随机一公开 is fangguanfu, not three-systems; 专项执法行动 is not capacity; 三项制度 and 应急预案 appear only as plans in part 三 → three-systems and emergency not counted; "
        "preamble slogan 科学立法、严格执法、公正司法、全民守法 gives nothing; xi-thought absent (2016). 纲要(2015—2020年) and 廉洁高效、守法诚信 are current for 2016.")
R(2, 2016, None, "柳塘镇2016年依法行政工作总结",
  implicit=(M, S, N),
  topics=(STUDY, DEC, DISP, PUB),
  notes="Word text, title on two lines (joined), title without 报告; addressee line and signature date (2017年1月10日) give no publication label. No headings: items 一是…五是 are the year's work (measures implicit); "
        "the 不足 sentence and the 下一步 sentence are content without headings. study: 镇党委中心组集中学法4次. major: 三重一大集体决策, 19项 collectively decided. disputes: 调处矛盾纠纷213起, 接访87批次. "
        "publicity: 七五普法实施方案, 法治宣传6场 (六五 is the previous plan, not an outdated term here). Near misses: party only 「在县委、县政府的坚强领导下」「高度重视」 (no mechanism); "
        "律师 only lecture (advisers not counted), 聘请常年法律顾问 is 下一步 plan; 安全生产大检查 is not emergency.")
R(3, 2016, "2017-02-28", "南岭区2016年法治政府建设情况报告",
  parts=(M,), implicit=(F,), headings={M: "一、2016年推进法治政府建设的主要举措和成效"},
  topics=(PARTY, FGF, DEC, ADV), doubtful=(NDOC,),
  notes="Portal extract, date as 「日期：2017/2/28」. 第一责任人 only in a body sentence of item (一) → implicit. party: 常务会议4次专题研究, 实施方案 with 40 tasks, 纳入绩效考核, 约谈. "
        "fangguanfu: 权力清单/责任清单 adjusted, 取消43项, 下放15项, 一窗受理. major: 《重大行政决策合法性审查办法》, 6件 重大行政决策 专家论证/征求意见. advisers: 法律顾问团 列席常务会议21次. "
        "normative-docs: the bare heading （四）加强行政规范性文件监督管理 before the cut → doubtful. Preamble 「区人大、区政协的监督支持下」 is a fixed formula: supervision not counted.")
R(4, 2016, "2017-03-29", "江澜省国土资源厅2016年依法行政工作情况",
  implicit=(M, S),
  topics=(PARTY, FGF, DIG, CAP, EMER, RECON, STUDY), doubtful=(PUB,),
  notes="Provincial department, 【】 items, title without 报告; no part heading (the 【】 items are topical) → measures implicit; the closing 问题 sentence is shortcomings content without a heading (implicit). "
        "party: 党组会议3次专题听取依法行政汇报, 工作要点, 纳入年度目标考核. fangguanfu: 审批事项38→21项. digital: 全部实行网上申报、网上审批. capacity: 执法人员培训2期420人, 案卷交叉评查240卷 (卫片执法检查/立案查处 is the campaign itself). "
        "emergency: 修订《突发地质灾害应急预案》, 应急演练11场次. recon: 复议63件, 应诉41件. study: 干部法律法规网上学习和考试1200人次 (网上学法 is study, not digital). "
        "publicity: the heading 【深化法治宣传】 with 七五普法 covers only staff study → 法治宣传 aimed only at officials: doubtful.")
R(5, 2017, None, "城东街道办事处关于2017年度法治政府建设情况的报告",
  parts=(M, F, S, N), headings={M: "第一部分　2017年法治政府建设工作情况", F: "（一）认真履行推进法治建设第一责任人职责",
                               S: "第二部分　存在的不足和原因", N: "第三部分　2018年工作安排"},
  topics=(PARTY, STUDY, FGF, ADV, CAP, THREE, DISP, OPEN, PUB), doubtful=(RECON,),
  notes="Word text with addressee 「区人民政府：」 and signature date 2018年1月15日 (no publication label → null). Parts numbered 第一部分/第二部分/第三部分; 第一责任人 is an L2 heading inside part 一. "
        "party: 党工委会议4次专题研究法治建设, 实施方案 22项 with year-end check. study: 中心组集中学法5次, 依法行政知识测试. fangguanfu: 一窗受理、集成服务, 事项清单68项, 取消证明材料11项. "
        "advisers: 律师事务所担任街道法律顾问, 审查合同24份. capacity: 18名执法人员持证, 培训6次, 案卷评查. three-systems: 执法记录仪, 全程音像记录. disputes: 调解368件, 接访142批次. "
        "transparency: 发布政府信息312条, 预决算公开. publicity: 宪法日, 法治文化小广场, 青少年法治教育. "
        "Near misses: major-decisions only as slogan 「依法决策、科学决策、民主决策」 in part 一 (法律顾问 contract review is not a decision procedure) and as a gap/plan in parts 二/三 → not counted; "
        "digital (互联网+政务服务) only in part 三 → not counted; 安全生产/消防专项行动 is not emergency. recon: only 「未发生行政复议和行政诉讼案件」 (a zero report, no action) → doubtful.")
R(6, 2017, "2018-02-26", "桐州市人民政府2017年法治政府建设情况报告",
  parts=(M,), headings={M: "一、2017年法治政府建设工作情况"},
  topics=(PARTY, FGF, DIG, THREE, CAP), doubtful=(DEC, RECON),
  notes="City portal extract; 「今天是：2018年3月2日 星期五」 is a chrome clock, the label is 「发布日期：2018年02月26日」. party: 法治政府建设领导小组, 实施方案. fangguanfu: 最多跑一次 812项. "
        "digital: 网上政务服务大厅, 856项 网上办理. three-systems: 三项制度试点 in 4 departments with figures (记录仪386台, 公示2143件, 法制审核167件). capacity: 执法人员培训考试3800余人, 案卷评查 (cut after the action). "
        "Near misses: 常务会议 「研究了…重大行政决策程序、行政复议体制改革等事项」 is a deliberation list → major-decisions and reconsideration doubtful; "
        "「强调要严格规范性文件制定程序，要求各部门做到有件必备」 is an instruction/demand → normative-docs not counted.")
R(7, 2017, None, "关于全市法治政府建设工作情况的报告",
  parts=(M, S, N), headings={M: "一、工作开展情况", S: "二、存在的问题", N: "三、下一步工作打算"},
  topics=(SUP, NDOC, PUB), doubtful=(OPEN,),
  notes="人大常委会 report delivered by a vice-mayor; the subtitle date (2017年10月26日) is a delivery date → published null; title has no year → year 2017 from 「2017年以来」 in the opening. "
        "supervision: 市人大常委会 审议意见 6条, 逐条整改 and report back. normative: 合法性审查23件. publicity: 法律六进, 送法下乡210场次, 法治副校长. "
        "transparency: only publishing the annual report itself → doubtful. Near misses: 「在市委的坚强领导下，在市人大的监督支持下」 is a formula (party and supervision not from it); "
        "放管服, 三项制度 and 行政应诉 appear only in 二/三 (problems and plans) → not counted.")
R(8, 2017, None, None,
  parts=(M, S, N), headings={M: "一年来的主要工作", S: "存在的不足", N: "明年工作打算"},
  topics=(STUDY, ADV, DEC, DISP, EMER), doubtful=(PUB,),
  notes="No title line; year from the opening sentence 「2017年，石门乡…」. Bare-line headings without numbers: 「一年来的主要工作」 names the year's work (measures), 「存在的不足」, 「明年工作打算」. "
        "study: 中心组学法6次, 学法日. advisers: 常年法律顾问合同, 列席8次, 法律意见12条. major: 4项重大事项 社会稳定风险评估 before collective decision. disputes: 枫桥经验, 乡贤调解室, 调解96起. "
        "emergency: 修订防汛抗旱应急预案, 避险转移演练2次. Near misses: 联合执法行动 (campaign, not enforcement capacity); 民主法治示范村 → legal-publicity doubtful; no party mechanism (only 「在县委、县政府的领导下」).")
R(9, 2018, "2019-03-26", "云溪区人民政府关于2018年度法治政府建设情况的报告",
  parts=(M, F, S, N, O), headings={M: "一、2018年法治政府建设主要举措和成效", F: "（一）履行推进法治建设第一责任人职责",
                                  S: "二、存在的不足和原因", N: "三、2019年工作安排", O: "四、其他需要报告的情况"},
  topics=(PARTY, STUDY, FGF, DIG, NDOC, ADV, THREE, CAP, SUP, OPEN, RECON, DISP), doubtful=(DEC,),
  notes="Full district report on a portal; 发布时间 2019-03-26. Numbering 一、（一）1.（1）. Topics judged on part 一. party: 常务会议5次专题研究, 工作要点31项, 督查 twice. "
        "study: 会前学法10次, 宪法专题培训班150人, 学法考试. fangguanfu: 证照分离 106项. digital: 区政务服务网, 一网通办 82%. normative: 专项清理 286件/废止19件. "
        "advisers: 3名公职律师 providing services. three-systems: 行政执法公示 专栏 (publicity child only). capacity: 执法证件 cleared/issued. supervision: 检察建议4件、司法建议2件 answered. "
        "transparency: 主动公开5200余条, 政策解读62篇. recon: 复议42件, 出庭率71%. disputes: 人民调解+ 2760件. "
        "Near misses: major-decisions only in the deliberation list 「对重大行政决策目录编制、规范性文件清理、法律顾问工作进行了专题部署」 → doubtful (normative-docs and advisers have their own action sentences); "
        "机构改革 (组建区应急管理局) alone is neither fangguanfu nor emergency; 扫黑除恶 is no topic; legal-publicity only in parts 二/三 → not counted; 应急预案 only in part 三.")
R(10, 2018, "2019-01-18", "临江县卫生健康局2018年法治政府建设工作报告",
  implicit=(M,),
  topics=(PARTY, FGF, DIG, THREE, CAP, EMER, DISP, PUB),
  notes="County department, 「时间：2019-01-18」 label; items 第一…第六 are topical (measures implicit). party: 纳入年度重点工作, 同部署同考核, 领导小组 adjusted. fangguanfu: 卫生许可告知承诺. "
        "digital: 电子化注册, 电子证照286个. three-systems: 执法记录仪24台, 全过程记录 (recording child only). capacity: 31名监督员持证, 培训4期, 案卷评查. "
        "emergency: 修订突发公共卫生事件应急预案, 应急处置演练, 依法规范处置聚集性疫情2起. disputes: 医疗纠纷人民调解 27起. publicity: 谁执法谁普法, 进医院/学校/社区12场. "
        "normative-docs: 「未制发行政规范性文件」 states no action → not counted.")
R(11, 2018, "2019-02-20", "新桥街道办事处2018年度法治政府建设工作报告",
  parts=(M, F), headings={M: "一、2018年法治政府建设工作开展情况", F: "1.落实第一责任人职责。"},
  topics=(PARTY, FGF, DISP, OPEN), doubtful=(CAP, PUB),
  notes="Street portal extract; title split over two lines (joined); 发布时间 2019年02月20日. Run-in item headings 「1.…。」; item 1 names 第一责任人 → part with heading. "
        "party: 党工委会议3次专题研究, 年度工作计划, 对17个社区年终考评. fangguanfu: 承接下放事项23项, 一窗通办. disputes: 和事佬工作室 58起. transparency: 主动公开146条 (stated before the cut). "
        "Near misses: 组建综合行政执法队 is 综合执法 reform on its own → enforcement-capacity doubtful; 宪法修正案宣讲 15场 with no audience stated → legal-publicity doubtful.")
R(12, 2018, "2019-06-10", "江澜省人民政府关于2018年全省法治政府建设情况的报告",
  parts=(M,), headings={M: "一、2018年法治政府建设主要成效"},
  topics=(PARTY, FGF, DIG, DEC, RECON), doubtful=(SUP, ADV, NDOC, CAP),
  notes="Provincial report to the 人大常委会, posted on the 人大 site; the subtitle date 2019年5月28日 is a delivery date, but the page's own label 「发布时间：2019-06-10」 is a publication label and is taken literally (like 080). "
        "party: 考核评价办法, first annual 考核 of 14 市州. fangguanfu: 行政许可 426→298项. digital: 互联网+政务服务 four-level coverage, 网上可办率87%. major: 《重大行政决策程序规定》, 目录9项 with the five steps. recon: 复议8312件, 出庭应诉率61%. "
        "Doubtful: 「每年向省人大常委会报告」 without more (supervision, as 009); 「建立健全法律顾问、公职律师、规范性文件备案审查等制度」 is an item list of systems (advisers and normative-docs, as 026); "
        "综合行政执法改革 on its own (enforcement-capacity, as 054).")
R(13, 2019, "2020-03-12", "青石镇人民政府2019年度法治政府建设情况报告",
  parts=(M, S, N), implicit=(F,), headings={M: "一、2019年法治政府建设主要举措和成效", S: "二、存在的不足", N: "三、2020年工作计划"},
  topics=(FGF, DIG, DEC, ADV, THREE, CAP, DISP, RECON, PUB), doubtful=(PARTY, OPEN),
  notes="Township report with 发文日期 2020-03-12 in the metadata block; items 一是…二是…. 第一责任人 in a body sentence (二是压实工作责任。镇党委书记、镇长认真履行…) → implicit. "
        "fangguanfu: 进驻事项48→96项, 一窗受理. digital: 省政务服务网 网上办件3200件. major: 《重大行政决策程序暂行条例》, 2项 with 公众参与 + 合法性审查 + 集体讨论决定. advisers: 法律顾问 9份意见/31份合同. "
        "three-systems: all three named as implemented with figures. capacity: 资格考试, 12人取得执法证. disputes: 排查调处178件, 信访64件. recon: 行政诉讼2件, 镇长出庭应诉. publicity: 七五普法规划, 宪法宣传周, 法治文化墙. "
        "Doubtful: party — heading （一）加强党对法治政府建设的领导 whose content is 主题教育 political study and a bare 「认真履行…第一责任人职责」 with no mechanism (as 033); "
        "transparency — only the annual report published on the site. Not counted: 中心组学习12次 is political study, not 学法 (officials-study); emergency only in parts 二/三.")
R(14, 2019, None, "宁川市市场监督管理局关于2019年度法治政府建设情况的报告",
  parts=(M, S, F, N), headings={M: "一、主要举措和成效", S: "二、存在的不足和原因",
                               F: "三、党政主要负责人履行推进法治建设第一责任人职责情况", N: "四、2020年工作安排"},
  topics=(FGF, DIG, PARTY, THREE, CAP, EMER, NDOC, RECON, DISP, PUB), doubtful=(STUDY,),
  notes="City department, Word text: title over two lines (joined), addressee 「市委全面依法治市委员会办公室：」, signature date in Chinese numerals (no publication label). 第一责任人 is its own L1 part 三. "
        "Topics judged on part 一. fangguanfu: 证照分离 106项, 双随机 4120户. digital: 全程电子化, 电子营业执照2.3万张. party: 纳入年度工作要点, 任务分工方案, 考评. "
        "three-systems: all three children with figures. capacity: 持证526人, 培训6期, 案卷评查300卷. emergency: 修订食品安全突发事件应急预案, 演练, 依法应急处置2起. "
        "normative: 3件 合法性审核 + 备案 (公平竞争审查 is extra). recon: 复议47件, 应诉19件, 出庭6次. disputes: 调解消费纠纷2.1万件. publicity: 谁执法谁普法, 38场. "
        "officials-study is evidenced only in part 三 (中心组学法4次, 旁听庭审) — outside part 一, the checker's scope, but a real action of the year → doubtful. "
        "互联网+监管 only in part 四 (plan). 七五普法 is current for 2019.")
R(15, 2019, "2020-01-21", "丰谷县人民政府2019年依法行政工作情况",
  implicit=(M, N),
  topics=(PARTY, STUDY, FGF, NDOC, PUB, RECON), doubtful=(DIG, ADV),
  notes="County portal page with no headings at all; title without 报告; 「日期：2020-01-21」. party: 常务会议2次专题听取, 工作要点, 纳入综合考核. study: 会前学法 10部法律. fangguanfu: 最多跑一次96%. "
        "normative: 合法性审核12件. publicity: 讲座12场 for 村（社区）群众. recon: 出庭应诉率100% of 17件. "
        "Doubtful: digital — only an award (互联网+政务服务 先进单位); advisers — 法律顾问 only as 普法 speakers (as 025/087). "
        "Not counted: three-systems — 「要求各乡镇、各部门严格落实…三项制度」 is a demand made at a meeting; major-decisions only in the closing 「下一步…」 plan (the 暂行条例 is only studied).")
R(16, 2019, "2020-03-27", "柏山区应急管理局2019年法治政府建设工作总结",
  parts=(S,), implicit=(M,), headings={S: "四、存在的问题"},
  topics=(CAP, THREE, ADV, PUB), doubtful=(EMER, PARTY),
  notes="District emergency-management bureau; 「发布时间：2020/3/27」. Topical L1 headings (measures implicit) and a 问题 heading. capacity: 19名执法人员持证, 培训3期. three-systems: 执法公示 + 全过程记录 with 执法记录仪12台. "
        "advisers: 律师担任局法律顾问, 6件罚款案件法律意见. publicity: 《安全生产法》宣传周, 宣讲23场 in 企业/社区/学校, 读本3000余册. "
        "Doubtful: emergency — 应急预案修订 only as an item of the 党委会议 deliberation list 「研究部署了…」; 安全生产执法检查1260家次 is inspection, not emergency response; "
        "party — the same 研究部署 list is the only mechanism (no 法治建设 plan/考核). Not counted: 中心组 study of 应急管理重要论述 is neither xi-thought nor 学法.")
R(17, 2020, "2021-03-30", "河阳县2020年法治政府建设年度报告",
  parts=(M, F, S, N), headings={M: "一、2020年法治政府建设工作情况", F: "（二）党政主要负责人履行推进法治建设第一责任人职责",
                               S: "二、存在的问题和不足", N: "三、2021年工作打算"},
  topics=(PARTY, XI, STUDY, EMER, NDOC, FGF, DIG, THREE, CAP, SUP, OPEN, RECON, PUB), doubtful=(DISP,),
  notes="2020 transitional county report; 「发布日期：2021年03月30日」. 纲要(2015—2020年) and 七五 are current for 2020; 新冠肺炎 is correct in 2020 and before the rename. "
        "party: 依法治县委员会 meeting, 任务清单, 考核办法 + annual 考核. xi: 中心组专题学习 习近平法治思想 (vehicle: 中心组). study: 民法典专题讲座, 会前学法14次, 法治理论知识考试. "
        "emergency: 依法发布疫情防控通告, 依法查处涉疫案件. normative: 涉疫规范性文件合法性审核23件. fangguanfu: 证照分离全覆盖. digital: 不见面审批, 全程网办率78%. "
        "three-systems: all three with figures. capacity: 执法证件年审/注销. supervision: 经济责任审计 with 依法行政 content and 整改. transparency: 主动公开6300余条. recon: 复议63件. publicity: 民法典宣传进村入户, 模拟法庭. "
        "Doubtful: disputes — only 行政争议多元化解中心 / 实质性化解行政争议 (as 061/066). Not counted: major-decisions and advisers appear only in 二/三; 「依法决策」 in the preamble.")
R(18, 2020, None, None,
  implicit=(M, N),
  topics=(STUDY, FGF, PUB, DISP), doubtful=(XI,),
  notes="Township Word text with no title line and a signature date (2021年1月8日), no publication label; year from the opening 「2020年，…」. Topical L1 headings → measures implicit; the closing 2021 paragraph is a plan without heading. "
        "study: 86名乡村干部 学法用法网络考试 (网上学法 is study, not digital). fangguanfu: 一件事一次办, 取消证明材料14项. publicity: 疫情期间 法律知识 broadcasts, 明白纸4000余份 aimed at the public. disputes: 调处中心 142件. "
        "Doubtful: xi — 「深入学习宣传贯彻习近平法治思想」 as a bare body clause with no vehicle (as 004/059). Not counted: emergency — 疫情 is only the occasion for publicity (as 015); 八五普法 and 示范村 are plans.")
R(19, 2020, "2021-03-05", "江澜省交通运输厅2020年度法治政府建设情况报告",
  parts=(M, F), headings={M: "一、2020年推进法治政府建设的主要举措和成效", F: "（一）加强组织领导，履行第一责任人职责"},
  topics=(PARTY, XI, STUDY, EMER, FGF, DIG, CAP),
  notes="Provincial department portal extract; 发布时间 2021-03-05. L2 heading names 第一责任人. party: 党组会议5次研究法治交通, 实施方案, 纳入年度考核. xi: 党组中心组专题学习习近平法治思想2次. "
        "study: 《民法典》专题培训班210人. emergency: 疫情防控应急预案, 依法启动应急响应 and lifting it lawfully. fangguanfu: 许可事项31→19项. digital: 电子证照46万张. "
        "capacity: unlike 综合执法 reform alone, it states 统一换发执法证件4300本 and 执法资格轮训 (cut after the action).")
R(20, 2020, "2021-04-02", "云州市人民政府关于2020年度法治政府建设情况的报告",
  implicit=(M,),
  topics=(XI, PARTY, EMER, DEC, ADV, DIG), doubtful=(RECON,),
  notes="City portal extract; label 「更新时间：2021/04/02」 (after 03-31: late). Addressee 「省人民政府：」 is not a title. 【】 items, all topical → measures implicit. "
        "xi: 常务会议 传达学习习近平法治思想 and 研究贯彻落实措施 (vehicle: 常务会). party: 示范创建工作方案 + 示范创建 carried out. emergency: 政府规章 on 突发公共卫生事件应急处置 (law-making, as 072) and 修订总体应急预案. "
        "major: 听证会2场 on 2 重大行政决策事项, 公开征求意见. advisers: 法律顾问室 审查合同132件, 列席36次. digital: 一网通办 1643项, 电子证照库. "
        "Doubtful: recon — only 「常务会议听取了…行政复议和行政应诉工作情况汇报」, cut (听取 reports, as 045/059/078).")
R(21, 2021, "2022-01-25", "长乐街道2021年度法治政府建设工作报告",
  parts=(M, F, S, N), headings={M: "一、2021年度推进法治政府建设的主要举措和成效", F: "（二）认真履行推进法治建设第一责任人职责",
                               S: "二、存在的不足和原因", N: "三、2022年工作安排"},
  topics=(XI, PUB, PARTY, STUDY, FGF, CAP, THREE, DISP, ADV), doubtful=(EMER, DIG),
  outdated=("廉洁高效、守法诚信",),
  notes="Street portal report; 发布日期 2022-01-25. The preamble uses the six-term goal 「廉洁高效、守法诚信」 in a 2021 report → outdated (the 2021—2025 纲要 is cited correctly). "
        "xi: 中心组专题学习3次, 党校辅导讲座. publicity: 宣讲团 to 居民 28场, 八五普法规划, 宪法宣传周, 法治文化公园. party: 党工委会议4次研究法治建设, 工作要点. study: 专题述法, 12名书记书面述法. "
        "fangguanfu: 一窗综办 46项. capacity: 18人持证, 培训8次, 案卷评查. three-systems: 执法公示 + 法制审核 (recording not named). disputes: 枫桥经验, 调处412件, 接访. advisers: 法律顾问 审查合同37份. "
        "Doubtful: emergency — 常态化疫情防控措施/核酸检测 is epidemic work without a stated legal dimension; digital — 基层治理「四平台」 is an internal platform (as 037). "
        "Not counted: major-decisions and transparency only in parts 二/三.")
R(22, 2021, "2022-02-16", "平阳县教育局2021年度法治政府建设情况",
  parts=(M, S), implicit=(F,), headings={M: "一、主要工作情况", S: "二、存在的问题"},
  topics=(PARTY, PUB, EMER, DISP, OPEN),
  outdated=("七五普法",),
  notes="County education bureau portal extract; 「发布时间：2022年2月16日」. Title without 报告. 第一责任人 in a body sentence of item （一） → implicit. "
        "「认真落实七五普法规划」 in a 2021 report cites the superseded plan as current → outdated. "
        "party: 党组会议3次专题研究, 工作要点, 纳入学校年度考核. publicity: 法治副校长 in 112所学校, 学宪法讲宪法 for 4.6万 students. emergency: 修订突发事件应急预案, 应急疏散演练380场次. "
        "disputes: 校园纠纷调解31起. transparency: 招生政策公开, 政策解读4篇, 依申请公开6件. Not counted: 校外培训机构专项治理 (a campaign, not capacity); xi only 「坚持以习近平法治思想为指导」 in the preamble.")
R(23, 2021, None, "梧川市统计局关于2021年度法治政府建设工作情况的报告",
  parts=(M, S, N), headings={M: "一、2021年法治政府建设工作情况", S: "二、存在的问题", N: "三、2022年工作打算"},
  topics=(XI, FGF, THREE, PUB),
  notes="City statistics bureau, Word text: two-line title (joined), addressee line, signature date 2022年2月10日 (no publication label). "
        "xi: 习近平法治思想纳入年度学习计划 + 中心组集中学习4次. fangguanfu: 「双随机、一公开」统计执法检查 (双随机 belongs to fangguanfu, not three-systems). "
        "three-systems: 9件处罚 all 法制审核 before decision (legal-review child only). publicity: 统计普法进企业 210家, 单行本1500册. "
        "Not counted: enforcement-capacity — 立案查处9件 is enforcement itself, 「要求各县（市、区）统计局严格规范统计执法」 is a demand, 持证/培训/案卷评查 appear only as the problem and the plan; "
        "统计督察 on 统计造假 is not rule-of-law 督察 (party not counted).")
R(24, 2021, "2022-03-28", "江澜省2021年法治政府建设年度报告",
  parts=(M, S, N, O), implicit=(F,), headings={M: "一、2021年法治政府建设主要举措和成效", S: "二、存在的不足和原因",
                                             N: "三、2022年工作安排", O: "四、其他需要报告的情况"},
  topics=(XI, PARTY, FGF, DIG, NDOC, CAP, EMER, RECON, OPEN, PUB), doubtful=(DEC, STUDY),
  notes="Provincial report on a portal; 发布时间 2022-03-28. 第一责任人 in a body sentence of （二） → implicit. xi: 中心组专题学习3次, 党校必修课程. officials-study doubtful: the 党校 courses (2600余人次) are on 习近平法治思想 alone (xi-thought only); the only law study is the 行政处罚法 轮训 of 执法人员, which is 执法培训 (capacity) and only arguably 干部学法. "
        "party: 实施方案, 常务会议6次, 示范创建 13个, 实地督察 86个问题. fangguanfu: 许可清单386项, 一件事一次办. digital: 一网通办, 网上可办率95%. normative: 合法性审核87件, 民法典 专项清理4312件. "
        "capacity: 行政处罚法 轮训12万人次, 案卷评查. emergency: 修订总体应急预案, 依法启动应急响应4次. recon: 复议体制改革, 1.9万件. transparency: 政策解读1.2万篇. publicity: 八五普法规划, 宪法进万家. "
        "Doubtful: major-decisions — 合法性审查 of 规划/重大项目协议 (as 073), and 重大行政决策 appears only in parts 二/三. "
        "Not counted: supervision — 「自觉接受人大监督、民主监督、监察监督、司法监督」 is a formula with no action; disputes absent.")
R(25, 2022, "2023-02-17", "桃源镇2022年度法治政府建设情况报告",
  parts=(M, F, S, N), headings={M: "一、2022年度法治政府建设主要举措和成效", F: "（二）履行推进法治建设第一责任人职责",
                               S: "二、存在的不足和原因", N: "三、2023年工作计划"},
  topics=(PARTY, STUDY, EMER, ADV, DEC, CAP, THREE, DISP, PUB), doubtful=(XI,),
  outdated=("新冠肺炎",),
  notes="Township portal report; 发布时间 2023-02-17, after the 2022-12-26 rename, and it writes 新冠肺炎 (preamble and heading （三）) → outdated by the publication date (as fuling). "
        "Doubtful: xi — the heading （一）学习贯彻习近平法治思想 covers only 二十大 study and 宣讲 (heading names the topic, content is about something else); xi 中心组 study appears only as a 2023 plan. "
        "party: 党委会议专题研究2次, 工作要点, 纳入村年度考核. study: 书记、镇长现场述法, 15名书记述法. emergency: 依法落实疫情防控, 修订应急预案, 应急演练2次. "
        "advisers + major: 法律顾问 审查合同43份 and 合法性审查 of 2项重大行政决策, then 集体讨论决定. capacity: 16名队员资格考试/执法证. three-systems: 执法记录仪 + 网站公示 (legal-review not named). "
        "disputes: 枫桥经验, 调解236件, 接访. publicity: 八五普法, 法律明白人. Not counted: transparency only in parts 二/三; 二十大 宣讲 is neither officials-study nor legal-publicity.")
R(26, 2022, "2023-03-08", "松陵县人民政府关于2022年法治政府建设情况的报告",
  parts=(M,), headings={M: "一、2022年推进法治政府建设的主要举措和成效"},
  topics=(NDOC, CAP, OPEN, STUDY), doubtful=(PARTY, THREE),
  notes="County portal extract; 「发布日期：2023/3/8」. normative: 「红头文件」 (a colloquial name for 规范性文件) 合法性把关 + 备案 9件. capacity: 执法监督 专项检查, 案卷180卷, 47个问题整改. "
        "three-systems doubtful: the 专项检查 checks 三项制度落实情况 across 22 departments — it presupposes the systems are implemented but names no child as done (a reviewer could call this capacity only). transparency: 主动公开4100余条, 政策解读86篇. "
        "study: 旁听行政诉讼庭审2次 (stated before the cut). Doubtful: party — heading （一）坚持党的领导 with only 「在县委坚强领导下」 and 常务会议 on 二十大 study (as 001/040). "
        "Not counted: 「科学立法、严格执法、公正司法、全民守法」 slogan; xi only in the preamble; reconsideration — 旁听行政诉讼庭审 is study, not 应诉.")
R(27, 2022, None, "安平县退役军人事务局2022年法治政府建设工作报告",
  parts=(M, S), headings={M: "一、主要工作开展情况", S: "二、存在的问题"},
  topics=(STUDY, DISP, DIG, PUB), doubtful=(FGF,),
  notes="County veterans bureau, Word text with a signature date only (published null). study: 中心组集中学习《退役军人保障法》等4次, 法律知识网上考试. "
        "disputes: 信访事项58件, 矛盾纠纷排查化解, 化解重复信访3件 (the 《信访工作条例》 study belongs to officials-study, not disputes). digital: APP 优待证网上申领1.3万件. publicity: 宣传进村（社区）15场. "
        "Doubtful: fangguanfu — 履职事项清单 only (as 048/086). Not counted: 法律援助工作站 is public legal service, not 法律顾问; 聘请常年法律顾问 is a plan in part 二; xi only 「坚持以习近平法治思想为指导」.")
R(28, 2022, None, "岚州市人民政府关于2022年度法治政府建设情况的报告",
  implicit=(M,),
  topics=(XI, PUB, FGF, DIG, CAP), doubtful=(DISP,),
  notes="City portal page: the metadata shows 成文日期 2023-02-20 (not a publication label) and an empty 「发布日期：」 → published null. Topical L1 headings only → measures implicit. "
        "xi: 常务会议「第一议题」学习习近平法治思想6次. publicity: 「习近平法治思想进企业」宣讲40场 to 3600余 企业人员. fangguanfu: 法治体检1200家次, 首违不罚. "
        "digital: 「互联网+执法监督」平台. capacity: 执法监督 with 预警1260次 and 整改. Doubtful: disputes — 诉源治理/调处中心 only in a 研究部署 list (as 074/091).")
R(29, 2023, "2024-01-30", "金沙街道办事处2023年法治政府建设年度报告",
  parts=(M, F, S, N, O), headings={M: "一、2023年法治政府建设工作开展情况", F: "2.严格履行推进法治建设第一责任人职责。",
                                  S: "二、存在的不足和原因", N: "三、2024年工作安排", O: "四、其他需要报告的情况"},
  topics=(XI, STUDY, PARTY, ADV, THREE, CAP, EMER, DISP, OPEN, PUB), doubtful=(FGF, SUP),
  outdated=("十九大",),
  notes="Street portal report; 「发布时间：2024年01月30日」. The 2023 report's preamble names 党的十九大精神 as the congress to implement (no 二十大 anywhere) → outdated. 第一责任人 is an inline L3 item title ending in 。. "
        "xi: 「第一议题」学习习近平法治思想及相关法律法规9次. study: the same sessions on 法律法规 + 法治专题培训班68人 (行政复议法 修订要点). party: 法治建设专题会议2次, 责任书19份. "
        "advisers: 公职律师/法律顾问 审查合同52份. three-systems: 全过程记录, 记录仪26台 (recording child only). capacity: 执法能力培训4期. emergency: 修订防汛防台应急预案, 应急疏散演练21场. "
        "disputes: 排查化解628件, 接访. transparency: 主动公开238条. publicity: 八五普法, 宪法宣传周, 法律明白人. "
        "Doubtful: fangguanfu — heading （二）优化营商环境 whose text is a 「下一步…」 plan; supervision — 人大代表视察 without 整改. Not counted: 营商环境 in parts 二/三.")
R(30, 2023, None, "鹤鸣区自然资源局关于法治政府建设工作情况的报告",
  parts=(M, S, N), implicit=(F,), headings={M: "一、2023年度推进法治政府建设的主要举措和成效", S: "二、存在的问题", N: "三、2024年工作思路"},
  topics=(PARTY, XI, STUDY, DEC, FGF, DIG, THREE, CAP, RECON, SUP, OPEN, PUB), doubtful=(NDOC,),
  notes="District natural-resources bureau, Word text (addressee, signature date 2024年2月26日, no publication label). Title has no year → 2023 from the opening sentence. 第一责任人 in a body sentence of 一是 → implicit. "
        "party: 党组会议4次, 工作要点, 考核挂钩. xi: 中心组专题学习2次 + 专题网络培训. study: 会前学法11次. major: the 国土空间总体规划 handled as a 重大行政决策 with the procedural steps and 集体讨论决定 (not a bare legality review of a plan). "
        "fangguanfu: 一窗受理, 交房即交证. digital: 网上办67%, 电子证照2.1万本. three-systems: all three. capacity: 41人持证, 培训2期. recon: 复议14件, 诉讼23件, 出庭率100%. "
        "supervision: 检察建议2件 with 整改. transparency: 征地信息公开12批次. publicity: 地球日/土地日 普法进村入户16场. "
        "Doubtful: normative-docs — only 公平竞争审查 of 政策措施 (as 069/083). Not counted: emergency — 地质灾害隐患点巡查 is inspection; 应急预案/演练 only in part 三.")
R(31, 2023, None, "关于2023年度法治政府建设工作情况的报告",
  parts=(M,), headings={M: "一、2023年法治政府建设主要工作"},
  topics=(SUP, STUDY, FGF, CAP), doubtful=(XI, PARTY),
  notes="County 人大常委会 report; the subtitle date 2024年6月26日 is a delivery date → published null. Year 2023 from the title. "
        "supervision: 人大常委会 审议意见 → 整改清单12项 and report back (as 080). study: 常务会议专题学习新修订《行政复议法》, 专题培训120人. fangguanfu: 一件事一次办, 最多跑一次98.6%. capacity: 案卷评查260卷, 整改通知书14份. "
        "Doubtful: xi — 「深学笃用习近平法治思想，推动…提质增效」 has no vehicle (the heading names it but the text is a slogan); party — a 考核 ranking is the only evidence (award/ranking). "
        "Not counted: reconsideration — only the 《行政复议法》 is studied (officials-study), no 复议/应诉 case is reported.")
R(32, 2023, "2024-03-15", "雁城市林业局2023年法治政府建设年度报告",
  parts=(M,), implicit=(F,), headings={M: "一、2023年度法治政府建设主要举措和成效"},
  topics=(PARTY, STUDY, EMER, DIG), doubtful=(PUB, FGF, CAP),
  notes="City forestry bureau portal extract; 「日期：2024-03-15」. 第一责任人 in a body sentence of （一） → implicit. party: 纳入年度考核, 督导 of 7个县区. "
        "study: 干部法治培训2场126人次 with 闭卷测试. emergency: 修订森林火灾应急预案, 扑救应急演练3场. digital: 采伐许可「全程网办」3400余件. "
        "Doubtful: legal-publicity — 「法治宣传教育培训」 aimed only at 机关干部 (as 013/052); fangguanfu — 全程网办 and faster handling are 审批便利化 but no reform item (取消/下放/告知承诺) is named; "
        "enforcement-capacity — the bare heading （六）规范行政执法。 before the cut. Not counted: 「绿剑」专项行动/查处86起 is a campaign.")
R(33, 2024, "2025-02-11", "大河乡人民政府2024年度法治政府建设情况报告",
  parts=(M, F, S, N), headings={M: "一、2024年推进法治政府建设的主要举措和成效", F: "二是切实履行法治建设第一责任人职责。",
                               S: "二、存在的不足及原因", N: "三、2025年工作打算"},
  topics=(XI, PARTY, STUDY, FGF, CAP, THREE, DISP, PUB, ADV, SUP), doubtful=(OPEN,),
  notes="Township portal report; 发布日期 2025-02-11. Items 一是…九是 inside part 一; 「二是切实履行法治建设第一责任人职责。」 is the inline item title for the duty. "
        "xi: 「第一议题」专题学习3次, 纳入冬训课程. party: 亲自部署, 党委会议专题研究2次, 工作要点. study: 书记 and 9名村书记 述法. fangguanfu: 高效办成一件事, 7个一件事. "
        "capacity: 执法质量三年行动 案卷自查35卷. three-systems: 重大执法决定法制审核2件 (legal-review child only). disputes: 调处187件, 信访积案2件. publicity: 八五普法, 法治进乡村 for 村民. "
        "advisers: 21份合同 经法律顾问合法性审查 (contract review is not major-decisions). supervision: 经济责任审计 + 9个问题整改. "
        "Doubtful: transparency — only the annual report published. Not counted: emergency — 安全生产治本攻坚 is inspection; 应急预案/演练 only in parts 二/三.")
R(34, 2024, "2025-03-28", "泸源市生态环境局青溪分局2024年度法治政府建设工作报告",
  implicit=(M,),
  topics=(XI, STUDY, DIG, EMER, DISP), doubtful=(CAP, PUB, FGF),
  notes="County-level environment sub-bureau portal extract; 「发布时间：2025/3/28」. Headings 「1、」 are topical → measures implicit. "
        "xi + study: 中心组专题学习习近平法治思想和《行政复议法》《生态环境行政处罚办法》5次 (one sentence, two topics). digital: 在线监控系统 非现场执法. "
        "emergency: 修订突发环境事件应急预案, 应急演练2次, 依法处置泄漏事件. disputes: 环境信访213件. "
        "Doubtful: enforcement-capacity — 执法大练兵 is a training-like competition for 执法人员 but not named as training. "
        "legal-publicity — heading 5 names 普法 but its text is 「高度重视」 plus 「下一步将开展…」 (slogan and plan, no action) → doubtful by the heading rule; "
        "fangguanfu — 首违不罚 for 12家企业 is 包容审慎监管, usually filed under 营商环境 but not framed so here. Not counted: the xi formula in the preamble.")
R(35, 2024, "2025-03-20", "溧川市人民政府关于2024年度法治政府建设情况的报告",
  parts=(M, F, S, N, O), headings={M: "一、2024年推进法治政府建设的主要举措和成效", F: "（二）党政主要负责人履行推进法治建设第一责任人职责",
                                  S: "二、存在的不足和原因", N: "三、2025年主要安排", O: "四、其他需要报告的情况"},
  topics=(XI, PARTY, STUDY, FGF, DIG, DEC, ADV, CAP, THREE, EMER, RECON, DISP, OPEN, PUB), doubtful=(SUP,),
  notes="City report, title over two lines (joined); 「发文日期：2025-03-20」. xi: 中心组专题学习3次, 党校专题研讨班160人. party: 常务会议8次, 示范创建, 督察6个县区 53个问题. study: 会前学法12次. "
        "fangguanfu: 高效办成一件事 13个. digital: 一网通办, 全程网办率92%, 电子证照共享. major: 重大行政决策目录 8项 with the five steps. advisers: 法律顾问 参与合法性审查45件. "
        "capacity: 持证率98%, 轮训14期. three-systems: 法制审核1.1万件, 全过程记录. emergency: 依法启动防汛Ⅱ级应急响应, 依法转移. recon: 复议2016件. disputes: 调处中心, 4.2万件. "
        "transparency: 主动公开2.6万条, 政策解读发布会24场. publicity: 八五普法中期评估回头看, 宪法宣传周. "
        "Doubtful: supervision — only 「按时向市人大常委会报告法治政府建设情况」 (as 009/077). Not counted: normative-docs — 规范性文件 appear only as drafted (制度建设, as 072), no 审核/备案/清理.")
R(36, 2024, None, None,
  parts=(M,), headings={M: "一、2024年度法治政府建设基本情况"},
  topics=(PARTY, XI, NDOC, RECON), doubtful=(FGF, THREE, ADV, DEC),
  notes="County extract with no title and no chrome: it starts with the measures heading, which gives the year (2024). "
        "party: 常务会议3次研究法治政府建设工作. xi: 常务会议「会前学法」4次 on 习近平法治思想 (vehicle: 常务会); officials-study not counted — the sessions study 习近平法治思想 alone. "
        "normative: 动态清理156件, 审核7件, 备案. recon: 复议87件, 出庭应诉率100%. "
        "Doubtful: fangguanfu, three-systems, advisers — only as items of the list 「对…进行了专题部署」 (deliberation list, as 020); "
        "major-decisions — 「各乡镇、各部门严格执行重大行政决策程序，依法决策水平不断提高」 is a general claim about others with no act or figure.")
R(37, 2025, None, "凤鸣街道办事处2025年度法治政府建设工作报告",
  parts=(M, F, S, N, O), headings={M: "一、2025年度法治政府建设主要举措和成效", F: "2.压实第一责任人职责。",
                                  S: "二、存在的不足和原因", N: "三、2026年工作打算", O: "四、其他需要报告的情况"},
  topics=(XI, PARTY, STUDY, FGF, PUB, CAP, THREE, DISP, EMER), doubtful=(DIG, OPEN, SUP),
  notes="Street Word text: title over two lines (joined), addressee, signature date 2026年1月20日 (no publication label). 第一责任人 is the run-in item title 「2.压实第一责任人职责。」. "
        "xi: 「第一议题」专题学习4次. party: 亲自部署, 工作要点 26项纳入考核. study: 现场述法. fangguanfu: 法治体检68家次 (as 005/033/050). publicity: 《民营经济促进法》宣讲进企业 230人, 八五 总结, 法治文化阵地, 法律明白人. "
        "capacity: 22人持证, 培训6期, 案卷评查. three-systems: all three with figures. disputes: 调处503件, 信访97件. emergency: 修订总体应急预案 + 6部专项预案, 演练24场. "
        "Doubtful: digital — only a 考核 award (as 029/047); transparency — only a 测评 ranking; supervision — 纪工委 廉政谈话 (as 044/076). "
        "Not counted: the part 四 sentence on 复议/诉讼 (outside part 一, and a zero report).")
R(38, 2025, "2026-02-27", "云岭县应急管理局2025年度法治政府建设情况报告",
  parts=(M, F, S, N), headings={M: "一、2025年度推进法治政府建设主要举措和成效", F: "（一）履行推进法治建设第一责任人职责",
                               S: "二、存在的问题和原因", N: "三、2026年工作安排"},
  topics=(PARTY, STUDY, XI, EMER, THREE, CAP, DIG, FGF, PUB, ADV), doubtful=(RECON,),
  notes="County emergency bureau portal report; 发布日期 2026-02-27. party: 党委会议4次, 工作要点和责任清单, 述法. study: 中心组学习 《突发事件应对法》《安全生产法》, 述法, 法律顾问授课. "
        "xi: 中心组学习习近平法治思想 (same sentence). emergency: 修订总体应急预案 + 8部专项预案, 演练, 依法启动Ⅲ级应急响应. three-systems: all three with figures. "
        "capacity: 24人持证, 培训4期, 案卷评查 (执法检查860家次 is the enforcement itself). digital: 「互联网+执法」系统, 全程在线. fangguanfu: 告知承诺. "
        "publicity: 进企业/社区/学校36场. advisers: 法律顾问审查处罚案件19件 (besides lecturing). Doubtful: recon — only 「未发生行政复议、行政诉讼案件」 (zero report).")
R(39, 2025, "2026-03-26", "岭东省人民政府关于2025年度法治政府建设情况的报告",
  implicit=(M, F),
  topics=(PARTY, NDOC, CAP, RECON, SUP), doubtful=(DIG, DISP),
  notes="Provincial portal extract; 「发布时间：2026年03月26日」. Topical L1 headings → measures implicit; 第一责任人 in a body sentence → implicit. "
        "party: 常务会议专题听取法治政府建设汇报2次, 示范创建 命名18个. normative: 备案审查3260件, 纠正17件. capacity: 《行政执法监督条例》, 执法监督「体检」, 案卷1.2万卷. "
        "recon: 复议4.6万件. supervision: 检察建议312件 handled. Doubtful: digital — bare heading 三、加快数字法治政府建设 before the cut. "
        "Doubtful: disputes — the only 调解 is 复议前调解、和解 of 行政争议 inside 复议 (行政争议化解, as 061/066).")
R(40, 2025, "2026-01-09", "石桥镇2025年法治政府建设工作总结",
  implicit=(M, F, N),
  topics=(XI, DEC, EMER, DISP), doubtful=(STUDY, PARTY, PUB),
  notes="Township portal page; 「日期：2026-01-09」; title 工作总结 (no 报告). Topical L1 headings → measures implicit; the 书记's 述职 on the 第一责任人 duty is a body sentence → implicit; the closing 2026 sentence is a plan without heading. "
        "xi: 中心组专题学习3次. major: 11项重大事项 — legal opinion then 党委会议集体讨论决定. emergency: 修订两部应急预案, 避险演练3场, 依法转移260人. disputes: 调解174件. "
        "Doubtful: officials-study — 述职 reporting the duty, not called 述法 (as 062/070/092); party — 党委会议 on 四中全会 political study only (as 001/040) and the 述职; "
        "legal-publicity — 民主法治示范村 creation only (as 054). Not counted: advisers — the opinions come from the 司法所 (as 006), 法律顾问 only as a 2026 plan.")

# ---------------------------------------------------------------------------------------------------------
# Self-check: everything labelled as text must occur in the text, then write labels.json next to this file.
ALL_TOPICS = {XI, PARTY, FGF, NDOC, DEC, ADV, THREE, CAP, EMER, DISP, RECON, SUP, OPEN, DIG, PUB, STUDY}
ALL_PARTS = {M, S, F, N, O}


def date_forms(iso):
    y, m, d = (int(x) for x in iso.split("-"))
    return {f"{y}-{m:02d}-{d:02d}", f"{y}/{m}/{d}", f"{y}/{m:02d}/{d:02d}", f"{y}-{m}-{d}",
            f"{y}年{m:02d}月{d:02d}日", f"{y}年{m}月{d}日", f"{y}.{m:02d}.{d:02d}"}


def check(here):
    assert len(RECORDS) == 40, len(RECORDS)
    assert len({r["file"] for r in RECORDS}) == 40
    for r in RECORDS:
        text = (here / r["file"]).read_text(encoding="utf-8")
        lines = [ln.strip() for ln in text.splitlines()]
        flat = "".join(lines)
        f = r["file"]
        assert set(r["topics"]) <= ALL_TOPICS and set(r["topics_doubtful"]) <= ALL_TOPICS, f
        assert set(r["parts"]) <= ALL_PARTS and set(r["parts_implicit"]) <= ALL_PARTS, f
        assert not set(r["parts"]) & set(r["parts_implicit"]), (f, "part both headed and implicit")
        if r["year"] is not None:
            assert str(r["year"]) in text, (f, "year")
        if r["title"] is not None:
            assert r["title"] in flat, (f, "title", r["title"])
        for part, heading in r["part_headings"].items():
            assert any(heading == ln or (ln.startswith(heading) and heading[-1] in "。：:") for ln in lines), (f, part, heading)
        if r["published"] is not None:
            assert any(form in text for form in date_forms(r["published"])), (f, "published", r["published"])
        for term in r["terms_outdated"]:
            assert term in text, (f, "outdated", term)
        assert r["notes"], (f, "notes")


if __name__ == "__main__":
    here = Path(__file__).resolve().parent
    check(here)
    out = RECORDS.write(here)
    n_topics = sum(len(r["topics"]) for r in RECORDS)
    n_doubt = sum(len(r["topics_doubtful"]) for r in RECORDS)
    print(f"wrote {out.name}: {len(RECORDS)} texts, {n_topics} labelled topics, {n_doubt} doubtful")
