"""Labels of the heldout6 set (40 invented texts), kept as data. Run: python bench/heldout6/make_labels.py"""
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from heldoutkit import (  # noqa: E402
    ADV, CAP, DEC, DIG, DISP, EMER, FGF, NDOC, OPEN, PARTY, PUB, RECON, STUDY, SUP, THREE, XI, F, Labels, M, N, O, S)

R = RECORDS = Labels("q")


R(1, 2019, None, "青石镇2019年度法治政府建设情况报告",
  parts=(M, F, S, N),
  headings={M: "一、2019年推进法治政府建设主要工作及成效",
            F: "二、党政主要负责人履行推进法治建设第一责任人职责情况",
            S: "三、存在的不足和原因", N: "四、2020年工作打算"},
  topics=(PARTY, STUDY, FGF, DEC, ADV, CAP, DISP, PUB),
  doubtful=(XI, RECON),
  notes="Township, full, Word text with addressee line (not a title) and signature date 2020年1月16日 (not a publication label: published null). "
        "party: 调整依法行政工作领导小组, 党委会研究法治建设5次, 纳入目标考核. study: 会前学法11次, 学法用法网上考试 (网上学法 is study, not digital). "
        "fang: 一窗受理 36项进驻, 权责清单211项. major: 三重一大 集体讨论决定19项. advisers: 聘请律师担任法律顾问, 审查合同27份. "
        "capacity: 9名执法人员取得执法证件, 培训3期 (违法占地专项整治 is a campaign). disputes: 调处矛盾纠纷143件, 接访. "
        "publicity: 七五普法 宪法日, 法律进村12场 (七五 current in 2019). xi doubtful: only the older name 全面依法治国新理念新思想新战略 (中心组学习4次), cf. 015. "
        "recon doubtful: only '未发生行政复议、行政诉讼案件' (zero, no action). emergency not: 安全生产大检查 only. "
        "transparency only in 不足 part; three-systems and 互联网+政务服务 only in the 2020 plan: not counted.")

R(2, 2023, "2024-02-28", "宁溪区市场监督管理局2023年度法治政府建设情况报告",
  parts=(M,), headings={M: "一、2023年法治政府建设工作情况"},
  topics=(XI, FGF, THREE, CAP),
  doubtful=(STUDY,),
  notes="District department, portal extract (cut at (四)). xi: 第一议题 专题学习习近平法治思想6次, 党校专题培训. "
        "fang: 登记告知承诺制, 证照分离, 双随机一公开 (双随机 is fangguanfu, not three-systems). three: 执法公示216件, 执法记录仪, 法制审核37件. "
        "capacity: 执法资格考试, 培训, 持证率100%. study doubtful: only 执法人员 行政处罚法专题培训 (staff enforcement training, not 干部学法). "
        "legal-publicity not: '深化普法宣传' only in the preamble formula. '局主要负责人带头' cut: no first-responsible.")

R(3, 2016, None, "鹤鸣县人民政府关于2016年度依法行政工作情况的报告",
  parts=(M, S, N), implicit=(F,),
  headings={M: "一、2016年依法行政工作开展情况", S: "二、存在的主要问题", N: "三、2017年工作安排"},
  topics=(PARTY, FGF, DIG, NDOC, DEC, ADV, CAP, RECON, SUP, OPEN, PUB, STUDY),
  notes="County government, full, PDF text layer: hard line breaks, '- 1 -' page numbers, document number line; title on two lines (joined); signature date only (published null). "
        "First-responsible implicit: '县政府主要负责人认真履行推进法治建设第一责任人职责，全年主持召开县政府常务会议专题研究依法行政工作3次' (also party). "
        "fang: 取消调整审批事项42项, 权力清单和责任清单. digital: 网上审批 64项. normative: 9件合法性审查 + 备案, 清理156件. major: 程序规定, 专家论证, 风险评估. "
        "advisers: 法律顾问团 审查合同58份. capacity: 换证考试, 案卷评查. recon: 复议17件, 应诉28件, 出庭9件. supervision: 审计局预算执行审计 督促整改 (plus 建议提案). "
        "transparency: 主动公开2860条. publicity: 六五验收, 七五规划, 法律进…120余场. study: 常务会议会前学法10次. "
        "emergency only in 问题 part, 三项制度 and 信访 only in 2017 plan: not counted. 六五/七五 are current in 2016.")

R(4, 2021, "2022-03-25", "云岭省生态环境厅2021年度法治政府建设情况报告",
  parts=(M,), headings={M: "一、推进法治政府建设的主要举措和成效"},
  topics=(XI, NDOC, EMER, THREE),
  doubtful=(CAP,),
  notes="Provincial department, portal page with 索引号 table: 成文日期 2022-03-18 ignored, 发布日期 2022-03-25 taken. Title appears in the table and as title line (given once). "
        "xi: 纳入党组中心组学习计划, 专题学习4次, 专题培训班2期. normative: 7件合法性审核 + 备案, 清理58件. emergency: 修订突发环境事件应急预案, 处置5起, 应急演练. "
        "three: 执法公示平台 3412条, 执法记录仪, 法制审核. capacity doubtful: the only training is the 习近平法治思想 course for 执法骨干; the 蓝天保卫战执法专项行动 is a campaign. "
        "party not: '在省委、省政府坚强领导下' only. 习近平生态文明思想 is not xi-thought.")

R(5, 2025, None, None,
  parts=(), implicit=(M, F),
  topics=(XI, STUDY, DISP, PUB, EMER),
  doubtful=(DIG, PARTY),
  notes="Street office extract, no title, no headings (一是…五是 items only, topical); year from the opening '2025年，是…收官之年…本年度'. "
        "xi: 第一议题, 中心组专题学习5次, 专题培训2场 (preamble '坚持以习近平法治思想为指导' not used). first-responsible implicit: '街道党工委书记切实履行推进法治建设第一责任人职责，带头…述法'. "
        "study: 述法全覆盖. disputes: 枫桥经验, 调解成功651件, 接访. publicity: 八五普法总结验收, 宪法宣传周进社区46场. emergency: 修订应急预案, 演练7次, 依法启动Ⅳ级应急响应. "
        "digital doubtful: only an award (数字政务服务先进单位), cf. 029/047. party doubtful: no 领导小组/会议/考核; only the secretary's 第一责任人 述法 and 述法全覆盖, which may or may not be read as a 第一责任人 mechanism.")

R(6, 2017, "2018-03-26", "江澄市人民政府关于2017年度法治政府建设情况的报告",
  parts=(M, S, N), implicit=(F,),
  headings={M: "一、2017年法治政府建设主要工作和成效", S: "二、存在的不足", N: "三、2018年工作打算"},
  topics=(PARTY, STUDY, FGF, DIG, NDOC, DEC, ADV, THREE, CAP, RECON, SUP, OPEN, PUB),
  notes="City government, full, portal chrome (breadcrumb, 字号, 打印本页); '发布日期：2018年03月26日'; signature date 2018年3月20日 ignored. "
        "First-responsible implicit: '市政府主要领导认真履行推进法治建设第一责任人职责，亲自主持召开…推进会'. party: 常务会议研究6次, 工作要点, 考核, 专项督查. "
        "study: 会前学法12次, 法治专题讲座. xi not: only 十九大 / 习近平新时代中国特色社会主义思想 study (2017). fang: 取消许可23项, 多证合一. digital: 网上办事大厅, 不见面审批. "
        "normative: 审核31件, 报备35件. major: 决策目录, 征求意见, 专家论证, 听证. advisers: 法律顾问参与论证46次. three: 三项制度试点 in two bureaus, 执法记录仪260台. "
        "capacity: 培训4期, 法律知识考试. recon: 复议132件, 出庭应诉率65%. supervision: 检察建议 整改回复. transparency: 主动公开8120条, 政策解读. publicity: 七五普法, 谁执法谁普法, 宪法日. "
        "disputes only in 不足 part and plan, emergency (修订突发事件总体应急预案) only in the 2018 plan: not counted.")

R(7, 2022, "2023-03-10", "云溪县交通运输局2022年度法治政府建设情况报告",
  parts=(M, F),
  headings={M: "一、2022年法治政府建设工作情况", F: "（二）切实履行推进法治建设第一责任人职责。"},
  topics=(PARTY, FGF, DIG, EMER, CAP, PUB),
  doubtful=(STUDY,),
  outdated=("新冠肺炎",),
  notes="County department; a 公开 notice (its own title line and signature) wraps the report; title = the report's own title line, not the notice's. Page label '发布日期：2023-03-10'. "
        "party: 党组会议专题研究部署3次, 工作要点, 纳入考核. fang: 证照分离, 告知承诺, 双随机46次. digital: 7类证照全程网办 2316件. "
        "emergency: '严格执行新冠肺炎疫情防控相关法律法规…依法设置…防疫检查点3个'. capacity: 执法人员轮训58人, 执法证件, 持证率. publicity: 谁执法谁普法 进站进村18场. "
        "study doubtful: only '局党组书记、局长带头学法' (no vehicle, no content). xi: preamble only. "
        "新冠肺炎 written in a text published 2023-03-10, after the 2022-12-26 rename: outdated.")

R(8, 2024, None, "临江区人民政府关于法治政府建设情况的报告",
  parts=(M, F, S, N),
  headings={M: "一、2024年工作开展情况", F: "（一）坚持党的领导，认真履行推进法治建设第一责任人职责",
            S: "二、存在的问题", N: "三、2025年工作安排"},
  topics=(XI, STUDY, PARTY, FGF, DIG, NDOC, DEC, THREE, CAP, EMER, RECON, SUP, OPEN),
  doubtful=(ADV, PUB, DISP),
  notes="District report to the 区人大常委会: title has no year; subtitle '——2025年4月22日在…常务委员会…会议上' is a delivery date (published null); "
        "year 2024 from the opening '现将2024年我区法治政府建设情况报告如下'. xi: 第一议题 专题学习5次. study: 会前学法14次, 民法典讲座. "
        "advisers doubtful: 法律顾问 only as lecturer (025/087). publicity doubtful: '开展习近平法治思想宣讲56场次' with no audience (078/085). "
        "party: 专题会议2次, 纳入考核, 示范区创建. fang: 扫码入企, 高效办成一件事. digital: 全程网办率92%, 电子证照. normative: 8件审核备案, 专项清理. "
        "major: 决策目录6项 with 五 steps, 听证. three: 三项制度 with figures. capacity: 案卷评查300卷. emergency: 修订预案9部, 演练11场, 应急响应. "
        "recon: 复议76件, 出庭应诉率100%. disputes doubtful: only '依托区行政争议调解中心化解行政争议38件' (行政争议化解, cf. 061/066). "
        "supervision: 落实人大常委会审议意见 逐项整改 (080). transparency: 主动公开2960条, 政策解读. 八五普法 only in the 2025 plan.")

R(9, 2018, None, "安澜县卫生健康局关于2018年度法治政府建设工作情况的报告",
  parts=(S,), implicit=(M,),
  headings={S: "第五，存在的问题和不足。"},
  topics=(PARTY, THREE, CAP, PUB, DISP),
  notes="County department, PDF extract: hard breaks, running header '安澜县卫生健康局' and '第2页 共4页' page lines; title on two lines (joined). "
        "Items 第一…第四 are topical (measures implicit); '第五，存在的问题和不足。' is an inline item title naming shortcomings. "
        "party: 议事日程, 领导小组, 党委会专题研究3次, 纳入年度目标考核. three: 执法全过程记录, 执法记录仪 (one child only; the topic counts). "
        "capacity: 持证上岗, 执法业务培训46人次 (打击非法行医专项行动 is a campaign). publicity: 七五普法, 谁执法谁普法, 宣传进社区进学校22场. "
        "disputes: 医疗纠纷人民调解 37件. emergency not: 《突发公共卫生事件应急条例》 only as an occasion for 宣传 (015).")

R(10, 2020, "2021-03-05", "石门乡2020年法治政府建设工作报告",
  parts=(M, S), headings={M: "一、2020年主要工作措施", S: "二、存在的不足"},
  topics=(PARTY, EMER, DISP, PUB, STUDY),
  doubtful=(XI,),
  notes="Township, portal page, '日期：2021/3/5'; S heading present but its content is cut off by the page (counted by heading, cf. 060). "
        "party: 乡党委会专题研究2次, 纳入村级考核. xi doubtful: '深入学习贯彻习近平法治思想，全面提升…能力' is a bare clause with no vehicle (004/059). "
        "emergency: 依法防控新冠肺炎疫情, 卡点6个, 依法处置2起. disputes: 调解87件. publicity: 民法典进乡村12场, 宪法宣传日. "
        "study: 机关干部 参加 国家工作人员网上学法考试 (the 年终述职 sentence alone would only be doubtful). "
        "2020 transitional: 纲要(2015—2020年), 七五普法, 新冠肺炎 (published 2021-03-05) are all current: nothing outdated.")

R(11, 2023, "2024-03-22", "桐川市人民政府关于2023年度法治政府建设情况的报告",
  parts=(M, F, S, N, O),
  headings={M: "一、2023年度推进法治政府建设的主要举措和成效", F: "（一）强化党的领导，履行推进法治建设第一责任人职责",
            S: "二、存在的不足和原因", N: "三、2024年主要安排", O: "四、其他需要报告的情况"},
  topics=(XI, STUDY, PARTY, FGF, DIG, NDOC, DEC, ADV, THREE, CAP, EMER, RECON, DISP, SUP, OPEN, PUB),
  outdated=("新冠肺炎",),
  notes="City, full, portal (breadcrumb, 字体, 分享到, '发布时间：2024-03-22 10:21'); title on two lines (joined); numbering 一、（一）1.（1）. "
        "All topics evidenced in part 一: xi 第一议题7次; study 会前学法12次, 法律知识考试; party 常务会议4次, 考核, 督察; fang 权责清单, 证照分离; digital 一网通办, 电子证照; "
        "normative 审核42件, 备案; major 12项 five steps; advisers 法律意见310件; three 公示/记录仪/法制审核; capacity 执法资格考试, 评查; "
        "emergency 撤销临时防控文件17件, 修订预案9部, 演练36场; recon 复议468件, 出庭率100%; disputes 调解2.8万件; supervision 审计整改38个问题; "
        "transparency 主动公开1.9万条; publicity 八五普法中期评估, 宪法宣传周. '新冠肺炎疫情' in a 2023 report: outdated.")

R(12, 2016, None, "鹤鸣县国土资源局2016年依法行政工作总结",
  parts=(M, S, N), headings={M: "主要工作开展情况", S: "存在的问题", N: "2017年工作打算"},
  topics=(FGF, CAP, RECON, PUB),
  doubtful=(OPEN,),
  notes="County department (国土资源局, 2016), Word text: addressee '县政府法制办公室：' (not a title), bare-line headings without numbers, title without 报告 (工作总结), Chinese-numeral signature date (published null). "
        "fang: 14项审批事项进驻政务服务中心, 时限压缩40%. capacity: 执法人员培训, 23人取得执法证件 (卫片执法查处 is enforcement itself). "
        "recon: 复议1件, 诉讼2件, 局长出庭应诉1次. publicity: 土地日 宣传, 资料5000余份. transparency doubtful: only 窗口公示办事指南和收费标准 as part of the 审批 item (042). "
        "normative not: drafting a 管理办法 for the county (072); 合法性审查 only in the 2017 plan.")

R(13, 2021, None, "柳塘镇2021年度法治政府建设工作总结",
  parts=(F, M, S, N),
  headings={F: "一、党政主要负责人履行推进法治建设第一责任人职责情况", M: "二、2021年法治政府建设主要做法及成效",
            S: "三、存在的不足及原因", N: "四、2022年工作计划"},
  topics=(XI, FGF, THREE, CAP, EMER, DISP, PUB),
  doubtful=(PARTY, STUDY),
  outdated=("七五普法", "廉洁高效、守法诚信"),
  notes="Township, full, title without 报告 (工作总结), parts out of the regulation's order (第一责任人 part first), signature date only (published null). "
        "Topics judged on the measures part 二: xi 中心组 纳入学习计划 专题学习4次; fang 最多跑一次 126项; three 执法记录仪 执法全过程记录; capacity 执法资格考试 5人取证; "
        "emergency 依法做好新冠肺炎疫情常态化防控 (2021 report: not outdated); disputes 调处98件; publicity 民法典宣传进村入户32场. "
        "party and study doubtful: their only evidence (党委会专题研究3次; 述法; 会前学法10次) sits in the separate L1 第一责任人 part, outside the measures part that is the topics' scope. "
        "Outdated: '深入实施七五普法规划' as current in 2021, and the six-term goal 廉洁高效、守法诚信 in the preamble.")

R(14, 2024, "2025-02-14", "宁溪区应急管理局2024年度法治政府建设工作情况报告",
  parts=(M, S), headings={M: "一、2024年度法治政府建设开展情况", S: "【存在问题】"},
  topics=(XI, STUDY, EMER, THREE, PUB),
  notes="District department, portal, '发布时间：2025年02月14日'; 【】 items. xi: 中心组专题学习3次. study: 局务会议会前学法9次. "
        "emergency: 修订总体应急预案, 指导修订46部, 演练23场, 处置14起. three: 三项制度 with 公示, 法制审核11件, 全过程记录. "
        "publicity: 安全生产法律法规进企业进社区宣讲45场, 以案释法. capacity not: only enforcement figures (检查412家次, 立案38起); the 执法人员 shortage is in 【存在问题】.")

R(15, 2018, "2019-03-28", "云岭省司法厅2018年法治政府建设情况报告",
  parts=(M, S, N), headings={M: "一、主要工作及成效", S: "二、存在的不足", N: "三、2019年工作安排"},
  topics=(PARTY, STUDY, FGF, NDOC, DEC, ADV, THREE, CAP, RECON, DISP, DIG, PUB),
  doubtful=(OPEN, SUP),
  notes="Provincial department (司法厅 itself), full, portal '日期：2019-03-28'; items '第一，…。' … '第十，…。'. "
        "party: 党委会研究部署5次, 工作要点, 纳入考核. study: 中心组专题学习宪法修正案, 宪法宣誓. fang: 权责清单调整, 18项最多跑一次 (机构改革 itself is not counted). "
        "normative: 审查报备312件, 纠正9件, 清理. major: 38件重大行政决策合法性审查. advisers: 公职律师14名, 法律事务86件. "
        "three: 指导全省全面推行三项制度. capacity: 案卷评查1200卷, 换证考试. recon: 复议213件. disputes: 人民调解41.3万件, 公职律师处理信访. "
        "digital: 12348 法网 网上咨询和在线申请. publicity: 七五普法中期检查, 宪法宣传1.6万场. "
        "transparency doubtful: only the annual report published on the portal (036). supervision doubtful: only 办理人大代表建议23件、政协提案19件 (not listed in EVIDENCE either way). xi: none (2018).")

R(16, 2020, None, None,
  parts=(M, F, S, N),
  headings={M: "一、2020年法治政府建设推进情况", F: "二、党政主要负责人履行推进法治建设第一责任人职责情况",
            S: "三、存在的问题及下一步打算", N: "三、存在的问题及下一步打算"},
  topics=(XI, PARTY, STUDY, EMER, NDOC, FGF, DIG, ADV, THREE, RECON, DISP, OPEN, PUB),
  doubtful=(CAP, SUP),
  notes="District government, Word text: addressee line, no title line (year from the opening '现将我区2020年法治政府建设情况报告如下'), signature date only (published null). "
        "Merged heading '三、存在的问题及下一步打算' gives shortcomings and next-year. 2020 transitional vocabulary. "
        "xi: 区委常委会、区政府常务会议专题传达学习习近平法治思想, 中心组专题研讨 (also party: 常委会/常务会 studying the 全面依法治国 conference). study: 会前学法13次. "
        "emergency: 依法启动一级响应, 涉疫文件, 依法查处17起. normative: 23件涉疫政策文件合法性审核 (055) and 清理214件. fang: 免申即享 14项 (营商环境 award alone would be doubtful). "
        "digital: 一网通办 260项. advisers: 审查合同86份. three: 三项制度, 公示1.3万条. recon: 复议58件, 出庭率100%. disputes: 调处4120件. transparency: 主动公开4600余条. "
        "publicity: 七五普法总结验收, 民法典进万家210场. capacity doubtful: only 组建区综合行政执法局 (054). supervision doubtful: '主动向区人大常委会报告法治政府建设情况' (009). "
        "major not: '坚持依法决策' only in the merged problems/plans part.")

R(17, 2017, "2018-02-09", "安澜县地方税务局2017年度依法行政工作报告",
  parts=(M,), headings={M: "一、2017年依法行政工作完成情况"},
  topics=(FGF, DIG, THREE, CAP, STUDY, PUB),
  doubtful=(OPEN,),
  notes="County department (地税, 2017), portal extract. fang: 取消非许可审批, 最多跑一次135项. digital: 电子税务局, 网上申报率98.5%. "
        "three: 三项制度试点, 执法记录仪32台. capacity: 执法资格考试78人, 稽查培训. study: 组织干部集中学习《行政复议法实施条例》等 (study of a law; not recon). "
        "publicity: 税收宣传月, 税法进校园进企业14场. transparency doubtful: '推送税收政策解读短信2.1万条' (政策解读, but as taxpayer service).")

R(18, 2022, "2023-03-08", "东岭县人民政府2022年法治政府建设年度报告",
  parts=(M, F, S, N),
  headings={M: "一、2022年主要举措和成效", F: "一是认真履行推进法治建设第一责任人职责。",
            S: "二、存在的不足和原因", N: "三、2023年工作安排"},
  topics=(PARTY, XI, STUDY, FGF, NDOC, ADV, CAP, EMER, RECON, DISP, SUP, OPEN, PUB),
  doubtful=(DEC, DIG),
  outdated=("新冠肺炎",),
  notes="County government, full, portal; title on two lines (joined); '发布日期：2023年03月08日'. First-responsible as inline item title '一是…。'. "
        "party: 常务会议研究4次, 考核, 实地督察. xi: 第一议题 专题学习6次. study: 会前学法12次, 旁听庭审, 培训班. fang: 证照分离, 告知承诺, 双随机320次. "
        "normative: 6件审核 + 备案. advisers: 列席常务会议22次, 审查合同132份. capacity: 培训, 执法证件188本, 案卷评查. emergency: 依法科学精准做好新冠肺炎疫情防控, 修订预案7部, 演练18场. "
        "recon: 复议62件, 出庭率100%. disputes: 调处3510件, 信访1290件. supervision: 检察建议3件 整改回复. transparency: 主动公开3320条. publicity: 八五普法规划, 法律进乡村150场. "
        "major doubtful: only 合法性审查 of 重大建设项目 (073); 决策目录 only in 不足/plan. digital doubtful: only an internal 数据共享交换平台 (037). three not: only 双随机. "
        "新冠肺炎 in a text published 2023-03-08: outdated.")

R(19, 2019, "2020-04-08", "桐川市教育局2019年法治政府建设工作报告",
  parts=(M, S), headings={M: "一、2019年法治政府建设工作情况", S: "二、存在的问题"},
  topics=(PARTY, NDOC, ADV, PUB, DISP),
  notes="City department, portal, '发布时间：2020/4/8' (late); run-in headings '1.…。'. party: 纳入年度工作要点, 党委会专题研究3次, 领导小组, 专项督查. "
        "normative: 5件合法性审核 + 备案, 清理废止4件. advisers: 聘请2名律师, 审查合同41份. publicity: 宪法晨读31万人, 法治副校长, 法治讲座1260场 (students). "
        "disputes: 9起校园纠纷人民调解结案, 来信来访73件. 依法治校示范校 creation: part of party (示范创建), not a separate topic. xi: none (2019).")

R(20, 2025, "2026-02-27", "江澄市文化广电旅游局2025年度法治政府建设情况报告",
  parts=(M, F, S, N, O),
  headings={M: "一、2025年法治政府建设工作开展情况", F: "（二）履行推进法治建设第一责任人职责",
            S: "二、存在的不足", N: "三、2026年工作打算", O: "四、其他需要报告的情况"},
  topics=(XI, STUDY, PARTY, FGF, DIG, NDOC, ADV, THREE, CAP, EMER, DISP, OPEN, PUB),
  notes="City department, full, portal '发布日期：2026/2/27'. xi: 第一议题 专题学习4次, 网络专题班. study: 会前学法8次 (新修订《行政复议法》: study, not recon), 述法. "
        "party: 党组会议专题研究3次, 工作要点, 考核. fang: 告知承诺 11个事项, 一件事. digital: 互联网+监管 非现场监管. normative: 3件审核备案, 清理. "
        "advisers: 法律顾问审查合同57份. three: 三项制度 with figures. capacity: 执法大比武, 培训3期. emergency: 修订旅游突发事件应急预案, 演练51场, 启动应急预案. "
        "disputes: 旅游投诉调解 1201件. transparency: 主动公开2310条, 政策解读12篇. publicity: 谁执法谁普法 清单, 以案释法28场. "
        "major not: 合同审查 alone; 决策目录 only in 不足/plan. recon not: only '未发生…被纠错和…败诉案件' in part 四 (other), outside the measures part.")

R(21, 2016, "2017-01-06", "龙潭乡2016年度依法行政工作情况报告",
  parts=(M, S), headings={M: "一、2016年依法行政工作情况", S: "二、存在的问题"},
  topics=(PARTY, STUDY, PUB, DISP),
  notes="Township, portal, '时间：2017-01-06 15:32:08'. party: 成立依法行政工作领导小组, 实施方案. study: 中心组学法, 集中学法16次, 法律知识考试. "
        "publicity: 六五验收, 法律宣传咨询8次, 法制宣传员 (六五/七五 current in 2016). disputes: 调处52件, 接待来访89人次. "
        "fang not: 乡镇机构改革 alone. emergency not: 地质灾害隐患排查 (inspection).")

R(22, 2021, None, "安澜县财政局2021年法治政府建设年度报告",
  parts=(M,), headings={M: "一、2021年推进法治政府建设的主要举措和成效"},
  topics=(XI, NDOC, FGF, SUP, OPEN),
  doubtful=(STUDY,),
  outdated=("纲要（2015—2020年）",),
  notes="County department, portal with 索引号 table showing only '成文日期：2022年03月15日': not an accepted publication label (only 发布时间/发布日期/时间/日期/更新时间/发文日期), so published null. "
        "xi: 中心组专题学习3次. normative: 清理87件, 失效19件, 废止5件. fang: 政府采购营商环境 (取消投标保证金, 合同融资). supervision: 审计发现12个问题 整改. "
        "transparency: 预决算公开率100%, 主动公开64条. study doubtful: only '组织全局干部观看《法治的力量》专题片'. party not: '在县委县政府坚强领导下' only. "
        "Outdated: 2021 report 'Implementing 《法治政府建设实施纲要（2015—2020年）》' as the current plan.")

R(23, 2023, "2023-12-29", "梅岭镇2023年度法治政府建设情况报告",
  parts=(M, S, N), headings={M: "主要工作及成效", S: "存在的问题", N: "2024年工作打算"},
  topics=(PARTY, FGF, DISP),
  doubtful=(PUB,),
  notes="Township, portal, '发布时间：2023年12月29日'; bare-line headings. party: 纳入年度重点工作和综合考核. fang: 一窗通办 42项. disputes: 调处216件, 信访积案4件. "
        "publicity doubtful: '组织开展习近平法治思想宣讲12场' with no audience. xi not: '坚持以习近平法治思想为指导' (slogan), 二十大 study, and the 2024 plan. "
        "study not: 二十大 study only. emergency not: 安全生产大排查. advisers not: '拟聘请常年法律顾问' (plan).")

R(24, 2018, "2019-01-22", "白马镇2018年法治政府建设工作情况",
  parts=(S,), implicit=(M,), headings={S: "六、存在的不足。"},
  topics=(PARTY, STUDY, FGF, PUB, EMER),
  notes="Township, portal; title without 报告; L1 items topical (measures implicit), '六、存在的不足。' names the shortcomings. "
        "party: 党委会专题研究3次, 目标责任书, 纳入考评. study: 会前学法12次, 旁听行政案件庭审 (not recon). fang: 最多跑一次 98项. "
        "publicity: 宪法修正案宣传进村入户, 讲座6场. emergency: 修订地质灾害/防汛应急预案, 避险转移演练2次. disputes not: only study of 《信访条例》.")

R(25, 2024, "2025-03-27", "东岭省自然资源厅2024年法治政府建设情况报告",
  parts=(M, S, N), implicit=(F,),
  headings={M: "一、2024年推进法治政府建设的主要举措和成效", S: "二、存在的不足", N: "三、2025年工作安排"},
  topics=(XI, PARTY, STUDY, FGF, DIG, NDOC, DEC, ADV, THREE, CAP, RECON, DISP, SUP, OPEN, PUB),
  doubtful=(EMER,),
  notes="Provincial department, full, portal '发布日期：2025-03-27'. (一) heading does not name 第一责任人; '厅党组书记、厅长切实履行推进法治建设第一责任人职责，年终…述法' gives implicit. "
        "xi: 第一议题5次, 专题轮训312人. party: 党组会议研究4次, 工作要点, 考核. study: 会前学法10次, 法律知识考试. fang: 多审合一, 权责清单, 下放. digital: 不动产登记一网通办, 电子证照共享. "
        "normative: 审核9件 备案, 清理. major: 决策目录, 专家论证, 征求意见, 风险评估, 集体讨论. advisers: 公职律师11名 132件. three: 公示, 法制审核. capacity: 案卷评查540卷. "
        "recon: 复议48件, 应诉63件, 出庭4次. disputes: 信访386件. supervision: 离任审计问题整改. transparency: 主动公开3200余条. publicity: 谁执法谁普法, 进社区进矿山65场. "
        "emergency doubtful: only the 地质灾害防治条例 put on the legislative plan (generic, 069); 应急处置 otherwise only in 不足.")

R(26, 2017, "2018-01-19", "白沙湾街道办事处2017年法治政府建设工作报告",
  parts=(M, S, N), headings={M: "一、2017年法治政府建设工作情况", S: "二、存在的问题", N: "三、2018年工作思路"},
  topics=(PARTY, STUDY, PUB, DISP, EMER),
  doubtful=(ADV,),
  notes="Street office, full, portal '日期：2018-01-19'; run-in items '1.…。'; signature date ignored. party: 领导小组, 工作计划, 检查考评. "
        "study: 中心组学法6次, 法律知识讲座, 学法用法考试. publicity: 七五普法实施意见, 法治文化广场, 法律进社区36场, 法治第一课. disputes: 调处236件. "
        "emergency: 修订防汛应急预案, 演练2次, 依预案转移87户. advisers doubtful: only 一社区一法律顾问 serving residents (public legal service, not the office's adviser). "
        "capacity not: 两违整治专项行动 (campaign). three-systems only in the 2018 plan.")

R(27, 2022, None, None,
  parts=(), implicit=(M, F, S, N),
  topics=(XI, PARTY, STUDY, EMER, PUB),
  doubtful=(DISP, FGF),
  notes="Street office extract, no title and no headings at all; year from the opening '2022年，…'. Shortcomings ('但…仍存在不足') and a one-line 2023 plan are present as content only. "
        "xi: 中心组 列入年度学习计划 专题学习4次, 党校辅导. party: 党工委会议研究部署法治建设6次, 工作要点. first-responsible implicit: '党工委书记切实履行推进法治建设第一责任人职责，亲自审定…述法'. "
        "study: 述法. emergency: 依据突发事件应对法…依法做好疫情防控, 分级管控, 程序. publicity: 民法典进社区22场, 法治第一课6场. "
        "disputes doubtful: only in the deliberation list '研究部署法治建设、矛盾纠纷排查化解、普法宣传等工作'. fang doubtful: '深化放管服改革' with 履职事项清单 as the only content (048). "
        "No '新冠肺炎' (just 疫情).")

R(28, 2019, None, "临川江市2019年法治政府建设情况报告",
  parts=(M, F, S, N),
  headings={M: "一、2019年法治政府建设主要举措和成效", F: "二、党政主要负责人履行推进法治建设第一责任人职责情况",
            S: "三、存在的不足和原因", N: "四、2020年工作安排"},
  topics=(PARTY, STUDY, FGF, DIG, NDOC, DEC, THREE, CAP, RECON, DISP, SUP, OPEN, PUB),
  doubtful=(ADV,),
  notes="City, full, PDF text with running footer '临川江市人民政府 … 第1页 共3页'; no publication label (published null). "
        "party: 成立依法治市委员会, 工作要点, 纳入绩效考核. xi not: 主题教育 / 习近平新时代中国特色社会主义思想 only (2019). study: 会前学法15次, 学法考试. "
        "fang: 工程建设项目审批改革, 取消许可7项, 证照分离. digital: 互联网+政务服务 一网通办. normative: 审核26+58件. major: 决策目录, 风险评估, 专家论证. "
        "three: 三项制度, 公示平台. capacity: 案卷评查1500卷, 培训12期 (安全生产专项整治 is a campaign). recon: 复议286件, 出庭率92%. disputes: 调解3.6万件. "
        "supervision: 检察建议21件 整改. transparency: 主动公开1.4万条. publicity: 七五普法, 宪法宣传周, 六进5600余场. "
        "advisers doubtful: only '健全法律顾问、公职律师、政府购买法律服务等制度' (item in a list of systems, 026). emergency only in 不足 and plan.")

R(29, 2020, None, None,
  parts=(), implicit=(M,),
  topics=(XI, STUDY, SUP, PUB),
  doubtful=(EMER, THREE, DISP),
  notes="City department (审计局) extract, no title, one paragraph without headings; year from the opening '2020年，市审计局…'. "
        "xi: 局党组中心组 专题学习习近平法治思想 (after the November 2020 conference). study: 会前学法9次. supervision: 审计项目46个, 移送线索17件 (审计 acting on the administration). "
        "publicity: 谁执法谁普法, 到被审计单位和社区宣传6场. emergency doubtful: 疫情防控资金专项审计 (an audit about the epidemic, not a response). "
        "three doubtful: 审计项目审理 (internal legal review of audit decisions, not named as 法制审核). disputes doubtful: '处理审计对象异议申诉2件'.")

R(30, 2025, None, "桂川县人民政府关于2025年度法治政府建设情况的报告",
  parts=(M, S, N, F),
  headings={M: "一、2025年法治政府建设主要成效", S: "二、存在的不足和原因", N: "三、2026年工作安排",
            F: "四、党政主要负责人履行推进法治建设第一责任人职责情况"},
  topics=(XI, STUDY, PARTY, FGF, DIG, DEC, THREE, EMER, DISP, RECON, SUP, PUB),
  doubtful=(NDOC, OPEN),
  notes="County government, full, Word text: title on two lines (joined), addressee '市人民政府：', signature date only (published null); 第一责任人 part placed last; 【】 items. "
        "xi: 第一议题6次, 党校必修课. study: 会前学法12次, 述法评议. party: 常务会议研究4次, 工作要点, 考核, 督察整改. fang: 高效办成一件事16个. digital: 一网通办, 电子证照. "
        "major: 决策目录4项 five steps. three: 公示, 法制审核326件, 记录仪. emergency: 修订预案, 演练15场, 依法启动应急响应. disputes: 枫桥经验, 调处5630件. recon: 复议93件, 出庭率100%. "
        "supervision: 人大常委会审议意见 8项整改. publicity: 八五普法总结验收, 宣传210场. normative doubtful: only 公平竞争审查 of 27 policy measures (069/083); 备案审查 only in 不足/plan. "
        "transparency doubtful: only the annual report published (036). advisers only in 不足/plan; capacity not evidenced.")

R(31, 2018, "2019-03-15", "平川县人民政府2018年度法治政府建设情况报告",
  parts=(M,), headings={M: "一、2018年法治政府建设主要工作情况"},
  topics=(PARTY, FGF, NDOC, ADV, CAP),
  doubtful=(DIG, DEC, STUDY),
  notes="County government, portal extract, '发布时间：2019-03-15 16:02:11'; title on two lines (joined). party: 常务会议研究3次, 工作要点, 考核. "
        "fang: 取消下放37项, 一窗受理, 进驻率98%. normative: 审核8件, 备案, 清理42件. advisers: 法律顾问审查合同52份. capacity: 1120名执法人员培训和资格考试, 案卷评查. "
        "digital doubtful: only the award 互联网+政务服务示范县. major doubtful: heading '（四）坚持依法决策' whose content is only 合同审查 by the adviser. "
        "study doubtful: only 执法人员 新法培训 (staff enforcement training).")

R(32, 2024, "2025-03-18", "清水河街道2024年度法治政府建设工作报告",
  parts=(M, S, N), headings={M: "一、2024年主要工作和成效", S: "二、存在的不足", N: "三、2025年工作打算"},
  topics=(XI, STUDY, PARTY, DISP, PUB),
  doubtful=(FGF,),
  outdated=("十九大",),
  notes="Street office, portal '发布日期：2025-03-18'; 【】 items. xi: 第一议题 专题学习6次. study: 旁听行政案件庭审 (study, not recon), 集体学法4次. "
        "party: 党工委会议专题研究3次, 考核, 工作要点. disputes: 枫桥经验, 调处531件, 接访. publicity: 八五普法, 宪法宣传周26场, 法律明白人. "
        "fang doubtful: only the award 优化营商环境先进集体. emergency not: 安全生产和消防安全大检查. "
        "Outdated: a 2024 report citing '党的十九大精神' as the congress to implement.")

R(33, 2016, "2017-04-06", "云岭省人民政府关于2016年法治政府建设情况的报告",
  parts=(M, S, N), headings={M: "一、2016年法治政府建设主要工作", S: "二、存在的问题", N: "三、2017年工作安排"},
  topics=(PARTY, STUDY, FGF, DIG, NDOC, DEC, ADV, CAP, RECON, SUP, OPEN, PUB),
  notes="Province, full, portal with a clock '今天是：2017年4月7日 星期五' (ignored); '发布时间：2017年04月06日'; title on two lines (joined). "
        "party: 实施方案48项, 领导小组, 综合考评, 专项督查. study: 会前学法6次, 研讨班. fang: 取消下放112项, 权力清单, 五证合一. digital: 网上办事大厅 1260项. "
        "normative: 审查48件, 报备386件, 清理. major: 程序规定 five steps. advisers: 法律顾问室 审查合同82份. capacity: 换证7.6万人, 案卷评查. recon: 复议1168件, 出庭1260件. "
        "supervision: 审计厅312个项目 促进整改 (plus 建议提案). transparency: 主动公开42.6万条, 政策解读56场. publicity: 七五规划, 谁执法谁普法, 六五验收. "
        "three-systems and 调解 only in the 2017 plan; emergency only in 问题 part. 2016: no outdated term.")

R(34, 2022, "2023-01-12", "桐川市宁安区消防救援大队2022年度法治政府建设情况报告",
  parts=(M, S), headings={M: "一、2022年法治建设工作情况", S: "二、存在的不足"},
  topics=(FGF, THREE, CAP, EMER, PUB),
  notes="District-level 消防 unit, portal '日期：2023-01-12'. fang: 双随机一公开 1260家次, 告知承诺186件. three: 执法记录仪, 全过程记录率100% (recording only). "
        "capacity: 8名执法资格, 执法业务轮训2期. emergency: 修订灭火和应急救援预案32份, 演练46场, 接警出动. publicity: 谁执法谁普法, 宣传92场, 以案释法. "
        "消防安全大检查/专项整治 are campaigns. xi not: only 训词精神 and the preamble.")

R(35, 2020, None, "东岭省交通运输厅2020年法治政府建设情况报告",
  parts=(M,), headings={M: "一、2020年推进法治政府建设的主要举措和成效"},
  topics=(EMER, NDOC, FGF, DIG, CAP, THREE),
  notes="Provincial department, PDF extract: hard breaks, running header repeating the title and '- 2 -'. No label (published null). "
        "emergency: 依法做好新冠肺炎疫情防控…启动应急预案, 卡口126个. normative: 14件疫情期间政策文件合法性审核 (055). fang: 取消下放许可9项. "
        "digital: 电子证照, 掌上亮证, 网上办理率91%. capacity: 换发执法证件8600本, 轮训1.1万人次 (综合执法 reform with training, not reform alone). three: 公示平台, 记录仪, 法制审核. "
        "2020: 纲要(2015—2020年) and 新冠肺炎 are current.")

R(36, 2023, None, None,
  parts=(M,), implicit=(F,), headings={M: "一、2023年度推进法治政府建设的主要举措和成效"},
  topics=(PARTY, XI, STUDY, FGF, NDOC, CAP),
  doubtful=(DEC, RECON),
  notes="District government, Word extract: addressee '市委全面依法治市委员会办公室：' (not a title), no title line; year from '现将我区2023年度…'. "
        "F implicit: '区政府主要负责同志亲自部署年度法治政府建设重点任务，带头…述法' (heading '压紧压实法治建设责任' does not name 第一责任人). "
        "party: 常委会/常务会议专题研究6次. xi: 第一议题 专题学习4次. study: 会前学法11次, 法治理论考试. fang: 证照分离, 法治体检126家, 首违不罚. "
        "normative: 7件审核报备. capacity: 执法监督员32名 (the '一把手跟执法' sentence alone would be doubtful, 071). "
        "major doubtful: collective decisions on unrelated matters (薪酬, 分工) (008). recon doubtful: '全年区政府收到行政复议申请' cut before any figure. "
        "advisers not: lawyers doing 法治体检 for enterprises are not the government's advisers.")

R(37, 2017, None, None,
  parts=(), implicit=(M,),
  topics=(PARTY, RECON, DISP, STUDY, ADV),
  doubtful=(FGF, OPEN),
  notes="District government extract, no title, topical L1 items; year from '2017年以来'. party: 工作要点25项, 季度通报, 约谈3个部门. "
        "recon: 复议74件, 出庭应诉率73%. disputes: 调处2680件, 信访1856件次. study: 法治讲座2场, 学法用法考试1360人. advisers: 法律意见64条, 覆盖率100%. "
        "fang and transparency doubtful: only the summary '在深化简政放权、推进政务公开等方面采取有力举措' (019/062). "
        "three-systems not: '要求各执法部门必须严格落实行政执法公示制度' (a demand) and '计划2018年…试点' (plan).")

R(38, 2025, "2026-03-30", "汀岭市人民政府关于2025年度法治政府建设情况的报告",
  parts=(M,), implicit=(F,), headings={M: "一、主要举措和成效"},
  topics=(XI, PUB, STUDY, PARTY, FGF, DIG),
  doubtful=(CAP,),
  notes="City, portal with clock '今天是：2026年4月2日 星期四' (ignored); '发布时间：2026-03-30'. F implicit: '市政府主要负责同志切实履行推进法治建设第一责任人职责，主持召开…5次'. "
        "xi: 纳入中心组学习计划 6次. publicity: 宣讲进机关企业学校社区320余场 受众6.8万人次, 八五普法总结验收, 青少年法治教育540场. study: 会前学法14次, 述法. "
        "party: 常务会议5次, 示范市创建. fang: 高效办成一件事, 涉企检查白名单. digital: 一网通办. "
        "capacity doubtful: heading '（五）规范涉企行政执法。' with a 专项行动 on 执法 problems, cut off.")

R(39, 2019, "2020-02-26", "江澄市城南区城市管理局2019年度法治政府建设工作情况",
  parts=(M,), headings={M: "一、2019年法治政府建设推进情况"},
  topics=(THREE, CAP, EMER, DIG),
  doubtful=(DISP, STUDY),
  notes="District department, portal '时间：2020年02月26日'; title without 报告; 一是…三是 within (一)…(四). three: 公示2860条, 记录仪210台, 法制审核18件. "
        "capacity: 轮训4期, 持证率100%, 案卷评查240卷. emergency: 修订防汛排涝应急预案, 启动应急响应3次. digital: 数字化城市管理平台, 非现场执法系统 (online system for enforcement). "
        "disputes doubtful: bare heading '（五）化解城管执法矛盾。' before the cut. study doubtful: only 执法人员 法律知识轮训.")

R(40, 2021, "2022-03-30", "汀岭市人民政府关于2021年度法治政府建设情况的报告",
  parts=(M,), headings={M: "一、2021年推进法治政府建设的主要举措和成效"},
  topics=(XI, PUB, PARTY, EMER),
  doubtful=(DEC, RECON, CAP, NDOC, FGF),
  notes="City, portal '发布日期：2022/3/30 17:05'. xi: 八进工作方案, 常务会议专题学习3次. publicity: 八进 宣讲1260场, 八五普法规划, 普法责任清单. "
        "party: 实施方案(2021—2025年), 纳入绩效考核. emergency: 依法做好新冠肺炎疫情常态化防控, 防控措施合法性审查 (2021 report published 2022-03-30: 新冠肺炎 not outdated). "
        "major, recon, capacity doubtful: only in the deliberation list '常务会议先后研究重大行政决策程序规定修订、行政复议体制改革、综合行政执法改革等事项' (020). "
        "normative doubtful: '32项防控措施均经合法性审查' (measures, not named as 规范性文件). fang doubtful: bare heading '（五）深化放管服改革。' at the cut.")


def _squash(s):
    return re.sub(r"\s+", "", s)


def _date_forms(iso):
    y, m, d = iso.split("-")
    mi, di = int(m), int(d)
    return {f"{y}-{m}-{d}", f"{y}/{mi}/{di}", f"{y}/{m}/{d}", f"{y}年{m}月{d}日", f"{y}年{mi}月{di}日", f"{y}-{mi}-{di}"}


def check(base):
    seen = set()
    for r in RECORDS:
        path = base / r["file"]
        text = path.read_text(encoding="utf-8")
        flat = _squash(text)
        n = r["file"]
        assert n not in seen, n
        seen.add(n)
        if r["title"]:
            assert _squash(r["title"]) in flat, (n, "title", r["title"])
        for part, h in r["part_headings"].items():
            assert h in text, (n, "heading", part, h)
        if r["published"]:
            assert any(f in text for f in _date_forms(r["published"])), (n, "published", r["published"])
        if r["year"] is not None:
            assert str(r["year"]) in text, (n, "year")
        for t in r["terms_outdated"]:
            assert t in text, (n, "outdated", t)
        assert not set(r["parts"]) & set(r["parts_implicit"]), (n, "part both headed and implicit")
    assert len(RECORDS) == 40, len(RECORDS)


if __name__ == "__main__":
    here = Path(__file__).resolve().parent
    check(here)
    RECORDS.write(here)
    print(f"wrote {here / 'labels.json'}: {len(RECORDS)} records, "
          f"{sum(len(r['topics']) for r in RECORDS)} topics, {sum(len(r['topics_doubtful']) for r in RECORDS)} doubtful")
