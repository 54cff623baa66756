use super::Strings;

pub(super) const STRINGS: Strings = Strings {
    title: "AI 耗电计算器",
    subtitle: "输入模型大小和使用量，看它用多少度电、相当于多少户人家、能让特斯拉开多远。",
    switch_to: "English",
    params_label: "模型参数量",
    params_help: "总参数个数，可写 175B、1.8T、1750亿",
    qpd_label: "每天提问次数",
    qpd_help: "每天的查询次数，可写 1亿、13.5亿、5000万",
    per_day: "每天推理耗电",
    per_query: "每次提问",
    total_year: "训练＋一年使用",
    households: "相当于家庭用电",
    households_unit: "户·年",
    tesla: "特斯拉可行驶",
    km: "公里",
    range: "范围",
    not_a_number: "不是有效数字",
    too_small: "太小，最小为",
    too_large: "太大，最大为",
    kept_last_good: "下面仍显示上一次有效的结果。",
    method_note: "推理：每个生成的 token 约 2×参数量次浮点运算，H100 以 10%（5%–20%）利用率运行，功耗按额定 70% 计，另加服务器开销与数据中心 PUE。",
};
